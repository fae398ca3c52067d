import { describe, expect, it } from 'vitest';
import { hypergeometric2F1 } from '../../../src/engine/clv/hypergeometric-2f1.ts';

// Reference values: /usr/bin/python3, Debian's mpmath 1.2.1 with mp.dps = 40, `float(mpmath.hyp2f1(a, b, c, z))`.
// scipy.special.hyp2f1 (scipy 1.10.1) agrees to ≤ 1e-14 relative on all but the last row, where it is
// off by 2e-13 (mpmath kept). Columns: a, b, c, z, value, allowed relative error.
const reference: readonly [number, number, number, number, number, number][] = [
  [1, 1, 2, 0.5, 1.3862943611198906, 1e-14],
  [0.5, 0.5, 1.5, 0.3, 1.058272536745462, 1e-14],
  [2.5, -1.3, 3.7, 0.95, 0.2799035566739263, 1e-13], // series past the threshold via Euler / connection
  [0.3, 0.7, 2.2, -0.6, 0.9519782122814324, 1e-14], // Pfaff
  [0.3, 0.7, 2.2, -5.0, 0.790064835809841, 1e-14], // Pfaff into (0.5, 1)
  [1.2, 2.3, 4.1, 0.9999, 5.871407760732582, 1e-13], // connection formula
  [1.2, 2.3, 3.5, 0.97, 7.088871669719628, 1e-13],
  [1.5, 2.5, 4.0, 0.995, 17.75675966183759, 1e-13], // c − a − b = 0: plain series
  [1.5, 2.5, 4.0, 0.9995, 29.128100127748894, 1e-11], // c − a − b = 0 near 1: interpolation in c
  [1.5, 2.5, 6.0, 0.9995, 3.098528405703843, 1e-12], // c − a − b = 2
  [0.75, 1.25, 1.0, 0.9995, 1801.1256506379427, 1e-11], // c − a − b = −1
  [-2, 3.5, 1.5, 0.7, -0.20866666666666672, 1e-14], // terminating polynomial
  [5.0, -0.5, -1.5, 0.4, -15.717878372199365, 1e-14], // negative c
  // BG/NBD-shaped: 2F1(r+x, b+x; a+b+x−1; t/(α+T+t)) at r=0.243, α=4.414, a=0.793, b=2.426, T=38.86.
  [2.243, 4.426, 4.219, 0.4740258161752194, 4.575315897643689, 1e-14],
  [50.243, 52.426, 52.219, 0.4740258161752194, 119045135592487.48, 1e-13],
  [50.243, 52.426, 52.219, 0.9231741568046812, 1.6708424041174616e56, 1e-12],
  // The Euler-transformed form used by the forecasts: 2F1(a+b−1−r, a−1; a+b+x−1; z).
  [1.9760000000000004, -0.20699999999999996, 12.219000000000001, 0.999, 0.9629164586332026, 1e-13],
  [1.9760000000000004, -0.20699999999999996, 12.219000000000001, 0.99999, 0.9628752043306432, 1e-13],
  [1.9760000000000004, -0.20699999999999996, 2.2190000000000003, 0.7, 0.8116152341995556, 1e-14],
  [0.2, 0.3, 0.5002, 0.9999, 2.172860937243281, 1e-11], // c − a − b = 2e-4, nearly an integer
];

describe('hypergeometric2F1', () => {
  it.each(reference)('2F1(%d, %d; %d; %d) matches mpmath', (a, b, c, z, expected, tolerance) => {
    expect(Math.abs(hypergeometric2F1(a, b, c, z) - expected) / Math.abs(expected)).toBeLessThan(tolerance);
  });

  it('equals −ln(1−z)/z for (1, 1; 2) across the whole interval', () => {
    for (const z of [-0.9, -0.1, 1e-9, 0.25, 0.5, 0.85, 0.9, 0.95, 0.999, 0.999999]) {
      const expected = -Math.log1p(-z) / z;
      expect(Math.abs(hypergeometric2F1(1, 1, 2, z) - expected) / expected).toBeLessThan(2e-12);
    }
  });

  it('uses Gauss’s theorem at z = 1 and is 1 at z = 0', () => {
    // 2F1(1, 1; 3; 1) = Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2.
    expect(hypergeometric2F1(1, 1, 3, 1)).toBeCloseTo(2, 13);
    expect(hypergeometric2F1(1, 1, 2, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(hypergeometric2F1(3.3, 1.7, 0.4, 0)).toBe(1);
  });

  it('satisfies Euler’s transformation for BG/NBD-sized parameters', () => {
    // 2F1(r+x, b+x; c; z) = (1−z)^(c−a−b) 2F1(c−(r+x), c−(b+x); c; z), checked at x = 20.
    const [a, b, c, z] = [20.243, 22.426, 22.219, 0.6];
    const direct = hypergeometric2F1(a, b, c, z);
    const transformed = (1 - z) ** (c - a - b) * hypergeometric2F1(c - a, c - b, c, z);
    expect(Math.abs(direct - transformed) / direct).toBeLessThan(1e-12);
  });

  it('rejects poles, the branch cut and NaN with CLV_HYPERGEOMETRIC_UNDEFINED', () => {
    const undefinedValue = expect.objectContaining({ code: 'CLV_HYPERGEOMETRIC_UNDEFINED' });
    expect(() => hypergeometric2F1(1, 1, -2, 0.5)).toThrow(undefinedValue);
    expect(() => hypergeometric2F1(1, 1, 2, 1.5)).toThrow(undefinedValue);
    expect(() => hypergeometric2F1(1, Number.NaN, 2, 0.5)).toThrow(undefinedValue);
    expect(() => hypergeometric2F1(1, 1, 2, 0.5)).not.toThrow();
    expect(() => hypergeometric2F1(1, 1, 2, 0.5, { maxTerms: 3 })).toThrow(/did not converge/);
    // A polynomial that ends before the pole of (c)ₙ is still defined: 1 + (−1)(2)/(−2)·z.
    expect(hypergeometric2F1(-1, 2, -2, 0.5)).toBeCloseTo(1.5, 15);
  });
});
