import { describe, expect, it } from 'vitest';
import type { CustomerSummary } from '../../../src/engine/clv/customer-summary.ts';
import { defaultBgNbdFitOptions, fitBgNbd } from '../../../src/engine/clv/fit-bg-nbd.ts';

/** 60 hand-made customers: 6 one-time buyers and 14 repeat patterns for each of three ages. */
function gridCustomers(): CustomerSummary[] {
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
  for (const age of [20, 30, 39]) {
    for (let index = 0; index < 6; index += 1) customers.push({ frequency: 0, recency: 0, age });
    for (const [frequency, share] of patterns) customers.push({ frequency, recency: share * age, age });
  }
  return customers;
}

// Reference MLE of the same 60 customers: /usr/bin/python3 (numpy 1.24.2, Debian scipy 1.10.1),
// the lifetimes log-likelihood with gammaln/logaddexp on log-parameters, scipy.optimize.minimize
// Nelder-Mead (xatol 1e-12, fatol 1e-13) restarted 5 times, then BFGS (gtol 1e-10).
const gridReference = { r: 0.5863081852280561, alpha: 3.52213193209836, a: 6.457130034841144, b: 70.26226730493504 };
const gridLogLikelihood = -540.8361438640769;

describe('fitBgNbd', () => {
  it('finds the same maximum as scipy on a small hand-made cohort', () => {
    const fit = fitBgNbd(gridCustomers());
    expect(fit.converged).toBe(true);
    expect(fit.logLikelihood).toBeCloseTo(gridLogLikelihood, 7);
    // a and b sit on a flat ridge here (60 customers), so they are looser than the likelihood.
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit[name] - gridReference[name]) / gridReference[name]).toBeLessThan(1e-4);
    }
    expect(fit.customerCount).toBe(60);
    expect(fit.repeatBuyerCount).toBe(42);
    expect(fit.warnings).toEqual([]);
  });

  it('gives the same model in any time unit (alpha scales, the rest stays)', () => {
    const weeks = fitBgNbd(gridCustomers());
    const days = fitBgNbd(
      gridCustomers().map((customer) => ({ ...customer, recency: customer.recency * 7, age: customer.age * 7 })),
    );
    expect(days.alpha / 7).toBeCloseTo(weeks.alpha, 5);
    expect(days.r).toBeCloseTo(weeks.r, 6);
    expect(days.a / weeks.a).toBeCloseTo(1, 4);
    // The density is per unit time: each repeat purchase adds −ln 7 to the log-likelihood in days.
    const repeatPurchases = gridCustomers().reduce((total, customer) => total + customer.frequency, 0);
    expect(days.logLikelihood).toBeCloseTo(weeks.logLikelihood - repeatPurchases * Math.log(7), 6);
  });

  it('refuses a cohort without repeat buyers', () => {
    const customers = Array.from({ length: 50 }, (_, index) => ({ frequency: 0, recency: 0, age: 10 + index }));
    expect(() => fitBgNbd(customers)).toThrow(
      expect.objectContaining({
        code: 'CLV_NOT_IDENTIFIABLE',
        details: expect.objectContaining({ repeatBuyerCount: 0 }),
      }),
    );
  });

  it('refuses too few customers', () => {
    expect(() => fitBgNbd(gridCustomers().slice(0, 5))).toThrow(
      expect.objectContaining({
        code: 'CLV_NOT_IDENTIFIABLE',
        message: expect.stringMatching(/at least 10 customers/),
      }),
    );
    expect(() => fitBgNbd([])).toThrow(expect.objectContaining({ code: 'CLV_NOT_IDENTIFIABLE' }));
  });

  it('reports parameters that run off to infinity as not identifiable', () => {
    // Evenly spread dropouts: scipy drives a and b past 3e6 on this data (homogeneous dropout).
    const customers: CustomerSummary[] = [];
    for (const age of [20, 30, 39]) {
      for (let index = 0; index < 3; index += 1) customers.push({ frequency: 0, recency: 0, age });
      for (const frequency of [1, 2, 3, 5, 8]) {
        for (const share of [0.2, 0.5, 0.9]) customers.push({ frequency, recency: share * age, age });
      }
    }
    expect(() => fitBgNbd(customers)).toThrow(
      expect.objectContaining({
        code: 'CLV_NOT_IDENTIFIABLE',
        message: expect.stringMatching(/dropout looks identical/),
      }),
    );
  });

  it('names the customer and field of a bad row', () => {
    const customers = gridCustomers();
    customers[7] = { frequency: 2, recency: -1, age: 20 };
    expect(() => fitBgNbd(customers)).toThrow(
      expect.objectContaining({ code: 'CLV_INVALID_INPUT', details: { index: 7, field: 'recency', value: -1 } }),
    );
  });

  it('throws CLV_NOT_CONVERGED on a starved optimiser, or warns when asked not to throw', () => {
    expect(() => fitBgNbd(gridCustomers(), { optimizer: { maxIterations: 5 } })).toThrow(
      expect.objectContaining({ code: 'CLV_NOT_CONVERGED' }),
    );
    const fit = fitBgNbd(gridCustomers(), { optimizer: { maxIterations: 5 }, throwOnNonConvergence: false });
    expect(fit.converged).toBe(false);
    expect(fit.iterations).toBe(5);
    expect(fit.warnings[0]?.message).toMatch(/without meeting its tolerances/);
  });

  it('keeps its defaults public and merges optimiser overrides over them', () => {
    expect(defaultBgNbdFitOptions.minimumCustomers).toBe(10);
    // Overriding one optimiser field keeps the others (the restarts still reach the optimum).
    const fit = fitBgNbd(gridCustomers(), { optimizer: { initialStep: 0.3 } });
    expect(fit.logLikelihood).toBeCloseTo(gridLogLikelihood, 6);
  });
});
