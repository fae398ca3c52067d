import { describe, expect, it } from 'vitest';
import { BgNbdModel } from '../../../src/engine/clv/bg-nbd-model.ts';
import { compressCustomerSummaries } from '../../../src/engine/clv/compress-customer-summaries.ts';
import { customerLifetimeValue } from '../../../src/engine/clv/customer-lifetime-value.ts';
import type { CustomerSummary } from '../../../src/engine/clv/customer-summary.ts';
import { fitBgNbd } from '../../../src/engine/clv/fit-bg-nbd.ts';

/** Many customers over few distinct histories, as in a large file with day-resolution dates. */
function repeatedCustomers(): CustomerSummary[] {
  const customers: CustomerSummary[] = [];
  for (let index = 0; index < 3000; index += 1) {
    const age = 20 + (index % 7) * 3;
    const frequency = (index * 7) % 5 === 0 ? 0 : (index % 4) + 1;
    customers.push({ frequency, recency: frequency === 0 ? 0 : ((index % 3) + 1) * (age / 4), age });
  }
  return customers;
}

describe('compressCustomerSummaries', () => {
  it('folds equal histories into weights that give the same total log-likelihood', () => {
    const customers = repeatedCustomers();
    const { summaries, weights } = compressCustomerSummaries(customers);
    expect(summaries.length).toBeLessThan(customers.length / 10);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(customers.length);
    const model = new BgNbdModel({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    // Reference: the per-customer sum, computed without the model's own total.
    const direct = customers.reduce((sum, customer) => sum + model.logLikelihood(customer), 0);
    expect(model.totalLogLikelihood(summaries, weights)).toBeCloseTo(direct, 6);
  });

  it('a fit on the weighted rows finds the optimum of the full data', () => {
    // A varied cohort (as in fit-bg-nbd.test.ts), each history repeated 1–4 times.
    const patterns: [number, number][] = [
      [1, 0.1],
      [1, 0.5],
      [1, 0.9],
      [2, 0.15],
      [2, 0.8],
      [3, 0.3],
      [3, 0.95],
      [5, 0.9],
      [5, 0.97],
      [8, 0.95],
      [8, 0.99],
      [12, 0.98],
      [4, 0.2],
      [6, 0.4],
    ];
    const customers: CustomerSummary[] = [];
    let copies = 0;
    for (const age of [20, 30, 39]) {
      for (let index = 0; index < 6; index += 1) customers.push({ frequency: 0, recency: 0, age });
      for (const [frequency, share] of patterns)
        for (let copy = 0; copy <= copies++ % 4; copy += 1) customers.push({ frequency, recency: share * age, age });
    }
    const fitted = fitBgNbd(customers);
    const total = (parameters: { r: number; alpha: number; a: number; b: number }): number =>
      customers.reduce((sum, customer) => sum + new BgNbdModel(parameters).logLikelihood(customer), 0);
    const at = { r: fitted.r, alpha: fitted.alpha, a: fitted.a, b: fitted.b };
    // The reported log-likelihood is the full data's, and no nearby point of the full likelihood is higher.
    expect(fitted.logLikelihood).toBeCloseTo(total(at), 6);
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      for (const factor of [0.99, 1.01])
        expect(total({ ...at, [name]: at[name] * factor })).toBeLessThanOrEqual(fitted.logLikelihood + 1e-6);
  });
});

describe('customerLifetimeValue over shared histories', () => {
  it('gives each customer the value of the per-period formula, whatever its recency', () => {
    const purchases = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const spend = { p: 6.25, q: 3.74, gamma: 15.44 };
    // Same (x, T), different t_x and spend: the shared forecast must not leak P(alive) or spend between them.
    const customers = [
      { frequency: 2, recency: 5, age: 38.86, monetaryValue: 20 },
      { frequency: 2, recency: 30, age: 38.86, monetaryValue: 50 },
      { frequency: 2, recency: 38, age: 38.86, monetaryValue: 20 },
      { frequency: 0, recency: 0, age: 38.86, monetaryValue: 0 },
      { frequency: 2, recency: 12, age: 20, monetaryValue: 50 },
    ];
    const result = customerLifetimeValue(purchases, spend, customers, {
      periods: 12,
      periodLength: 4.345,
      discountRatePerPeriod: 0.01,
    });
    const model = new BgNbdModel(purchases);
    customers.forEach((customer, index) => {
      // Reference: lifetimes' loop, E(k·L) − E((k−1)·L) per period for this customer alone.
      let reference = 0;
      for (let period = 1; period <= 12; period += 1)
        reference +=
          ((model.expectedPurchases(customer, period * 4.345) -
            model.expectedPurchases(customer, (period - 1) * 4.345)) *
            result.customers[index]!.expectedAverageSpend) /
          1.01 ** period;
      expect(Math.abs(result.customers[index]!.lifetimeValue - reference) / reference).toBeLessThan(1e-12);
      expect(result.customers[index]!.expectedPurchases).toBeCloseTo(model.expectedPurchases(customer, 12 * 4.345), 12);
    });
    expect(result.customers[0]!.lifetimeValue).not.toBeCloseTo(result.customers[2]!.lifetimeValue, 3);
  });
});
