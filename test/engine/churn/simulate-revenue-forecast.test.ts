import { describe, expect, it } from 'vitest';
import { simulateRevenueForecast } from '../../../src/engine/churn/simulate-revenue-forecast.ts';
import { ChurnError } from '../../../src/engine/engine-errors.ts';

const purchaseModel = { r: 0.9, alpha: 8, a: 0.8, b: 3 };
const spendModel = { p: 6, q: 4, gamma: 15 };
const customers = Array.from({ length: 60 }, (_, index) => {
  const frequency = index % 6;
  return {
    frequency,
    recency: frequency === 0 ? 0 : 5 + (index % 20),
    age: 30,
    monetaryValue: frequency === 0 ? 0 : 10 + (index % 7) * 5,
  };
});

describe('simulateRevenueForecast', () => {
  it('simulates totals whose mean matches the closed-form expectation', () => {
    const forecast = simulateRevenueForecast(purchaseModel, spendModel, customers, 13, { simulations: 4000, seed: 3 });
    // Purchases: Σ E[X | x, t_x, T] (FHL eq. 10); revenue: Σ E[X]·E[z̄ | x, z̄]. Monte Carlo error of the
    // mean over 4000 runs is about 1 %, so 4 % is a 4-σ bound.
    expect(Math.abs(forecast.purchases.simulatedMean / forecast.purchases.expected - 1)).toBeLessThan(0.04);
    expect(Math.abs(forecast.revenue.simulatedMean / forecast.revenue.expected - 1)).toBeLessThan(0.04);
    expect(forecast.revenue.low).toBeLessThan(forecast.revenue.expected);
    expect(forecast.revenue.high).toBeGreaterThan(forecast.revenue.expected);
    expect(forecast.purchases.low).toBeGreaterThanOrEqual(0);
  });

  it('is reproducible from its seed and differs across seeds', () => {
    const first = simulateRevenueForecast(purchaseModel, spendModel, customers, 4, { simulations: 200, seed: 9 });
    const again = simulateRevenueForecast(purchaseModel, spendModel, customers, 4, { simulations: 200, seed: 9 });
    const other = simulateRevenueForecast(purchaseModel, spendModel, customers, 4, { simulations: 200, seed: 10 });
    expect(again.revenue).toEqual(first.revenue);
    expect(other.revenue.simulatedMean).not.toBe(first.revenue.simulatedMean);
  });

  it('forecasts a repeat buyer whose repeat purchases were free (z̄ = 0) from the posterior, not an error', () => {
    // One repeat buyer, x = 3: E[value] = p(γ + x·z̄)/(px + q − 1) = 6·15/21 ≈ 4.29 at z̄ = 0, against
    // 6·(15 + 3·30)/21 = 30 at z̄ = 30; the purchases forecast is the same for both.
    const buyer = { frequency: 3, recency: 20, age: 30 };
    const free = simulateRevenueForecast(purchaseModel, spendModel, [{ ...buyer, monetaryValue: 0 }], 13, { seed: 1 });
    const paying = simulateRevenueForecast(purchaseModel, spendModel, [{ ...buyer, monetaryValue: 30 }], 13, {
      seed: 1,
    });
    expect(free.purchases.expected).toBeCloseTo(paying.purchases.expected, 12);
    expect(free.revenue.expected / free.purchases.expected).toBeCloseTo((6 * 15) / 21, 9);
    expect(paying.revenue.expected / paying.purchases.expected).toBeCloseTo(30, 9);
    expect(() => simulateRevenueForecast(purchaseModel, spendModel, [{ ...buyer, monetaryValue: -1 }], 13)).toThrow(
      /≥ 0/,
    );
  });

  it('refuses a horizon, run count or level it cannot use', () => {
    expect(() => simulateRevenueForecast(purchaseModel, spendModel, customers, 0)).toThrow(ChurnError);
    expect(() => simulateRevenueForecast(purchaseModel, spendModel, customers, 4, { simulations: 10 })).toThrow(
      /≥ 100/,
    );
    expect(() => simulateRevenueForecast(purchaseModel, spendModel, customers, 4, { intervalLevel: 1 })).toThrow(
      /intervalLevel/,
    );
  });
});
