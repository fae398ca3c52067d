import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/engine/statistics/normal-cdf.ts';

// Reference values: /usr/bin/python3 with Debian's scipy 1.10.1, `scipy.stats.norm.cdf(x)` printed with repr().
const reference: readonly [number, number][] = [
  [-30, 4.906713927147908e-198],
  [-8, 6.22096057427174e-16],
  [-3.5, 0.00023262907903552502],
  [-2.5, 0.006209665325776132],
  [-2.49999, 0.006209840610972124],
  [-1.96, 0.024997895148220435],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.3, 0.6179114221889526],
  [2.5, 0.9937903346742238],
  [7.5, 0.9999999999999681],
];

describe('normalCdf', () => {
  it.each(reference)('Φ(%d) matches scipy to 1e-13 relative', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected) / expected).toBeLessThan(1e-13);
  });

  it('is symmetric and handles infinities and NaN', () => {
    for (const x of [0.1, 1, 2.4999, 2.5, 4, 9]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});
