import { describe, expect, it } from 'vitest';
import { GammaGammaModel } from '../../../src/engine/clv/gamma-gamma-model.ts';

const model = new GammaGammaModel({ p: 6.25, q: 3.74, gamma: 15.44 });

// References: a throwaway /usr/bin/python3 script (numpy 1.24.2, Debian scipy 1.10.1) with lifetimes'
// GammaGammaFitter formulas: log-likelihood gammaln(px+q) − gammaln(px) − gammaln(q) + q·ln v
// + (px−1)·ln m + px·ln x − (px+q)·ln(x·m + v), and conditional_expected_average_profit
// (q−1)/(px+q−1)·(v·p/(q−1)) + px/(px+q−1)·m. Columns: x, z̄, log-likelihood, expected spend.
const reference: readonly [number, number, number, number][] = [
  [1, 11.77, -3.737709678740835, 18.91685205784205],
  [2, 22.35, -3.551316759731698, 24.663713910761153],
  [10, 55.0, -5.132989700037967, 54.169221336603314],
];

describe('GammaGammaModel', () => {
  it.each(reference)('matches lifetimes for x = %d, z̄ = %d', (frequency, monetaryValue, logLikelihood, spend) => {
    const customer = { frequency, monetaryValue };
    expect(model.logLikelihood(customer)).toBeCloseTo(logLikelihood, 12);
    expect(model.conditionalExpectedAverageSpend(customer)).toBeCloseTo(spend, 11);
  });

  it('falls back to the population mean pγ/(q−1) without repeat purchases', () => {
    // lifetimes prints 35.21897810218978 for x = 0; by hand 6.25 × 15.44 / 2.74.
    expect(model.conditionalExpectedAverageSpend({ frequency: 0, monetaryValue: 0 })).toBeCloseTo(
      35.21897810218978,
      12,
    );
    expect(model.populationMeanSpend()).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    expect(model.logLikelihood({ frequency: 0, monetaryValue: 0 })).toBe(0);
  });

  it('refuses a population mean that does not exist (q ≤ 1)', () => {
    const heavyTailed = new GammaGammaModel({ p: 2, q: 0.8, gamma: 10 });
    expect(() => heavyTailed.populationMeanSpend()).toThrow(expect.objectContaining({ code: 'CLV_NOT_IDENTIFIABLE' }));
    // A repeat buyer still has a finite posterior mean: p(γ + x z̄)/(px + q − 1) = 2·(10 + 30)/5.8.
    expect(heavyTailed.conditionalExpectedAverageSpend({ frequency: 3, monetaryValue: 10 })).toBeCloseTo(80 / 5.8, 12);
  });

  it('rejects non-positive parameters', () => {
    expect(() => new GammaGammaModel({ p: 1, q: Number.NaN, gamma: 1 })).toThrow(
      expect.objectContaining({ code: 'CLV_INVALID_INPUT', details: expect.objectContaining({ field: 'q' }) }),
    );
  });
});
