import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { simulatePurchaseHistory } from '../../../tools/planted/simulate-purchase-history.ts';

const behavior = { meanPurchasesPerYear: 12, purchaseRateShape: 2, meanLifetimeDays: 200, meanSpend: 50 };

describe('simulatePurchaseHistory', () => {
  it('gives ≥ 1 purchase, sorted days inside the window, amounts in cents ≥ 1', () => {
    const random = createRandom(5);
    for (let customer = 0; customer < 2000; customer += 1) {
      const purchases = simulatePurchaseHistory(random, behavior, 365, 273);
      expect(purchases.length).toBeGreaterThanOrEqual(1);
      expect(purchases[0]!.day).toBeLessThan(273);
      purchases.forEach((purchase, index) => {
        expect(purchase.day).toBeGreaterThanOrEqual(index === 0 ? 0 : purchases[index - 1]!.day);
        expect(purchase.day).toBeLessThan(365);
        expect(purchase.amount).toBeGreaterThanOrEqual(1);
        expect(Math.round(purchase.amount * 100)).toBeCloseTo(purchase.amount * 100, 6);
      });
    }
  });

  it('matches the expected number of purchases and mean spend of the documented model', () => {
    const random = createRandom(9);
    let purchases = 0;
    let spend = 0;
    const customers = 20_000;
    for (let customer = 0; customer < customers; customer += 1) {
      const history = simulatePurchaseHistory(random, behavior, 365, 273);
      purchases += history.length;
      spend += history.reduce((sum, purchase) => sum + purchase.amount, 0);
    }
    // 1 + (12/365)·200·mean_{j=0..272}(1 − exp(−(365 − j)/200)): the first purchase plus the Poisson
    // count until min(dropout, window end), averaged over the uniform join day; numpy 1.24 via
    // /usr/bin/python3. Across customers the count's sd is ≈ 4, so the mean's sd is ≈ 0.03.
    expect(Math.abs(purchases / customers - 5.316643368707064)).toBeLessThan(0.12);
    // Spend does not depend on the rate, so the per-purchase mean is the persona mean (sd ≈ 0.3).
    expect(Math.abs(spend / purchases - 50)).toBeLessThan(1.5);
  });

  it("spreads customers' mean spend by customerSpendShape: CV 1/√shape (0.5 by default, 0.25 at 16)", () => {
    // Each customer's purchases scatter around their own mean (CV 1/√6); with many purchases per
    // customer (rate 400 a year, no dropout, joining on day 0) a customer's average is close to it, so
    // the CV of the averages is √(1/shape + 1/(6·n)) with n ≈ 400 purchases.
    const many = { meanPurchasesPerYear: 400, purchaseRateShape: 1000, meanLifetimeDays: 1e9, meanSpend: 50 };
    const spreadOf = (customerSpendShape: number | undefined): number => {
      const random = createRandom(3);
      const averages = Array.from({ length: 3000 }, () => {
        const history = simulatePurchaseHistory(random, { ...many, customerSpendShape }, 365, 1);
        return history.reduce((sum, purchase) => sum + purchase.amount, 0) / history.length;
      });
      const mean = averages.reduce((sum, value) => sum + value, 0) / averages.length;
      const variance = averages.reduce((sum, value) => sum + (value - mean) ** 2, 0) / averages.length;
      return Math.sqrt(variance) / mean;
    };
    expect(spreadOf(undefined)).toBeCloseTo(Math.sqrt(1 / 4 + 1 / 2400), 1);
    expect(spreadOf(16)).toBeCloseTo(Math.sqrt(1 / 16 + 1 / 2400), 1);
  });
});
