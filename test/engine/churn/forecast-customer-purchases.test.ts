import { describe, expect, it } from 'vitest';
import { forecastCustomerPurchases } from '../../../src/engine/churn/forecast-customer-purchases.ts';
import { ClvError } from '../../../src/engine/engine-errors.ts';

const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

// References by direct numerical integration over the BG/NBD posterior of (λ, p), not the closed
// forms: /usr/bin/python3 with Debian's mpmath (dps 20, tanh-sinh quad over p ∈ (0,1), λ ∈ (0,∞)):
//   L = ∫∫ [(1−p)^x λ^x e^(−λT) + 𝟙(x>0) p(1−p)^(x−1) λ^x e^(−λ t_x)] prior dλ dp
//   P(alive) = ∫∫ (1−p)^x λ^x e^(−λT) prior / L,  P(buy again) = ∫∫ (1−p)^x λ^x e^(−λT)(1 − e^(−λt)) prior / L
const references = [
  { customer: { frequency: 0, recency: 0, age: 38.86 }, horizon: 39, alive: 1, buyAgain: 0.144551032282148 },
  {
    customer: { frequency: 2, recency: 30.43, age: 38.86 },
    horizon: 39,
    alive: 0.726578570080673,
    buyAgain: 0.554627137917004,
  },
  {
    customer: { frequency: 5, recency: 10, age: 38 },
    horizon: 13,
    alive: 0.0274815796630761,
    buyAgain: 0.0207164588635846,
  },
  {
    customer: { frequency: 1, recency: 1.71, age: 38.86 },
    horizon: 4.345,
    alive: 0.212100985377379,
    buyAgain: 0.0237829039367024,
  },
];

describe('forecastCustomerPurchases', () => {
  it('matches P(alive) and P(buy again) integrated numerically over the posterior', () => {
    for (const reference of references) {
      const [forecast] = forecastCustomerPurchases(published, [reference.customer], reference.horizon);
      // The quadrature is less exact next to the prior's λ^(r−1) singularity: 1e-5 relative.
      expect(Math.abs(forecast!.probabilityAlive / reference.alive - 1)).toBeLessThan(1e-5);
      expect(Math.abs(forecast!.probabilityBuyAgain / reference.buyAgain - 1)).toBeLessThan(1e-5);
    }
  });

  it('keeps P(buy again) below P(alive) and growing with the horizon', () => {
    const customer = { frequency: 3, recency: 20, age: 30 };
    const short = forecastCustomerPurchases(published, [customer], 4)[0]!;
    const long = forecastCustomerPurchases(published, [customer], 52)[0]!;
    expect(short.probabilityBuyAgain).toBeLessThan(long.probabilityBuyAgain);
    expect(long.probabilityBuyAgain).toBeLessThan(long.probabilityAlive);
    expect(short.expectedPurchases).toBeLessThan(long.expectedPurchases);
  });

  it('names the bad row of an invalid summary', () => {
    expect(() => forecastCustomerPurchases(published, [{ frequency: 1, recency: 5, age: 3 }], 4)).toThrow(ClvError);
  });
});
