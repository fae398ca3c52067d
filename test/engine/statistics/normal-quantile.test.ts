import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/engine/statistics/normal-cdf.ts';
import { normalQuantile } from '../../../src/engine/statistics/normal-quantile.ts';

// Reference values: /usr/bin/python3 with Debian's scipy 1.10.1, `scipy.stats.norm.ppf(p)` printed with repr().
const reference: readonly [number, number][] = [
  [1e-10, -6.361340902404056],
  [0.001, -3.090232306167813],
  [0.025, -1.9599639845400545],
  [0.1, -1.2815515655446004],
  [0.5, 0],
  [0.8, 0.8416212335729143],
  [0.975, 1.959963984540054],
  [0.999, 3.090232306167813],
  [1 - 1e-9, 5.997807019601637],
];

describe('normalQuantile', () => {
  it.each(reference)('Φ⁻¹(%d) matches scipy to 1e-12', (probability, expected) => {
    expect(Math.abs(normalQuantile(probability) - expected)).toBeLessThan(1e-12);
  });

  it('inverts normalCdf across the range', () => {
    // Above ~4.5, Φ(x) is so close to 1 that the double itself no longer pins x down to 1e-9.
    for (let x = -7; x <= 4.5; x += 0.37) expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 9);
  });

  it('returns infinities at the ends and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
  });
});
