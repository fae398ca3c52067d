import { describe, expect, it } from 'vitest';
import { BgNbdModel } from '../../../src/engine/clv/bg-nbd-model.ts';

// Fixed parameters near the published CDNOW estimates (weeks).
const model = new BgNbdModel({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });

// References: a throwaway /usr/bin/python3 script (numpy 1.24.2, Debian scipy 1.10.1) implementing
// lifetimes' BetaGeoFitter formulas verbatim: the log-likelihood with gammaln + logsumexp,
// `conditional_expected_number_of_purchases_up_to_time` in its plain form
// (a+b+x−1)/(a−1)·(1 − hyp2f1(r+x, b+x, a+b+x−1, t/(α+T+t))·((α+T)/(α+t+T))^(r+x)) / (1 + 𝟙(x>0)·a/(b+x−1)·((α+T)/(α+t_x))^(r+x)),
// `conditional_probability_alive` = 1/(1 + exp((r+x)·ln((α+T)/(α+t_x)) + ln(a/(b+x−1)))), and
// `expected_number_of_purchases_up_to_time` = (a+b−1)/(a−1)·(1 − hyp2f1(r, b, a+b−1, t/(α+t))·(α/(α+t))^r).
const logLikelihoods: readonly [number, number, number, number][] = [
  [0, 0, 38.86, -0.5547132764381585],
  [2, 30.43, 38.86, -9.45860630706627],
  [1, 1.71, 38.86, -4.469093275032588],
  [7, 35.0, 38.0, -22.012920134497158],
  [0, 0, 10.0, -0.28757073162625224],
];
// horizon t, x, t_x, T, expected purchases, P(alive), allowed relative error of the purchases.
// The expected purchases are that same plain formula evaluated with mpmath 1.2.1 at 50 digits
// (mp.hyp2f1), because scipy's double-precision value of 1 − hyp2f1·(…)^(r+x) loses up to 1e-10 to
// cancellation; scipy agrees with these to ≤ 1e-13 on every row except t = 0.001 (8e-11).
const forecasts: readonly [number, number, number, number, number, number, number][] = [
  [39, 0, 0, 38.86, 0.19509805201126263869, 1.0, 1e-12],
  [39, 2, 30.43, 38.86, 1.2260281747671444463, 0.726578570080673, 1e-12],
  [39, 1, 1.71, 38.86, 0.20318698707975406029, 0.2121009853773791, 1e-12],
  [10, 7, 35.0, 38.0, 1.3723552978400544386, 0.8619910650934327, 1e-12],
  [52, 20, 37.5, 38.86, 16.571201775603037853, 0.9340193625200881, 1e-12],
  // A one-minute horizon: 1 − (1−z)^(a−1)·2F1 cancels down to ~z, costing digits (2.5e-11 seen).
  [0.001, 3, 20, 38.86, 0.000034910399923057735559, 0.4658409158542623, 1e-10],
  [520, 5, 30, 38.86, 14.737632176060587225, 0.7091322064899306, 1e-12],
  // A heavy buyer: the textbook form needs (1−z)^−(r+x) ≈ 1e250 times a 2F1 of similar size.
  [39, 900, 38.5, 38.86, 235.91113264682240552, 0.38116372065804327, 1e-12],
];
const newCustomer: readonly [number, number][] = [
  [1, 0.05326789117165627],
  [39, 1.1967231933207985],
  [78, 1.8605190579427455],
  [520, 4.974617861849564],
];

describe('BgNbdModel', () => {
  it('gives the closed form r·ln(α/(α+T)) for a customer without repeat purchases', () => {
    // x = 0: B(a, b)/B(a, b) = 1, Γ(r)/Γ(r) = 1, no dropout term, so L = (α/(α+T))^r.
    const expected = 0.243 * Math.log(4.414 / (4.414 + 38.86));
    expect(model.logLikelihood({ frequency: 0, recency: 0, age: 38.86 })).toBeCloseTo(expected, 14);
  });

  it.each(logLikelihoods)(
    'log-likelihood of (x=%d, t_x=%d, T=%d) matches the lifetimes formula',
    (frequency, recency, age, expected) => {
      expect(model.logLikelihood({ frequency, recency, age })).toBeCloseTo(expected, 12);
    },
  );

  it('sums customer log-likelihoods', () => {
    const customers = logLikelihoods.map(([frequency, recency, age]) => ({ frequency, recency, age }));
    const expected = logLikelihoods.reduce((total, row) => total + row[3], 0);
    expect(model.totalLogLikelihood(customers)).toBeCloseTo(expected, 11);
  });

  it.each(forecasts)(
    'forecast over %d for (x=%d, t_x=%d, T=%d) matches lifetimes',
    (horizon, frequency, recency, age, purchases, alive, tolerance) => {
      const customer = { frequency, recency, age };
      expect(Math.abs(model.expectedPurchases(customer, horizon) - purchases) / purchases).toBeLessThan(tolerance);
      expect(model.probabilityAlive(customer)).toBeCloseTo(alive, 14);
    },
  );

  it.each(newCustomer)('E[X(%d)] of a new customer matches lifetimes', (horizon, expected) => {
    expect(Math.abs(model.expectedPurchasesNewCustomer(horizon) - expected) / expected).toBeLessThan(1e-12);
  });

  it('gives P(alive) = 0 rather than NaN when the odds overflow', () => {
    expect(model.probabilityAlive({ frequency: 900, recency: 1, age: 38.86 })).toBe(0);
  });

  it('is continuous through a = 1, where the formula is 0/0', () => {
    const customer = { frequency: 3, recency: 20, age: 38.86 };
    const at = (a: number): number =>
      new BgNbdModel({ r: 0.243, alpha: 4.414, a, b: 2.426 }).expectedPurchases(customer, 39);
    expect(Number.isFinite(at(1))).toBe(true);
    expect(at(1)).toBeCloseTo((at(1 - 1e-4) + at(1 + 1e-4)) / 2, 7);
  });

  it('is zero at horizon 0 and rejects negative horizons and parameters', () => {
    expect(model.expectedPurchases({ frequency: 2, recency: 5, age: 10 }, 0)).toBe(0);
    expect(() => model.expectedPurchases({ frequency: 2, recency: 5, age: 10 }, -1)).toThrow(
      expect.objectContaining({ code: 'CLV_INVALID_INPUT' }),
    );
    expect(() => new BgNbdModel({ r: 0.2, alpha: -1, a: 1, b: 1 })).toThrow(
      expect.objectContaining({ code: 'CLV_INVALID_INPUT', details: { field: 'alpha', value: -1 } }),
    );
  });
});
