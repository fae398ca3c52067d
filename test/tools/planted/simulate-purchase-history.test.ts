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
});
