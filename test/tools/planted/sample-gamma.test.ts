import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { sampleGamma } from '../../../tools/planted/sample-gamma.ts';

const draws = (shape: number, mean: number, count = 40_000): Float64Array => {
  const random = createRandom(11);
  return Float64Array.from({ length: count }, () => sampleGamma(random, shape, mean));
};
const share = (values: Float64Array, limit: number): number =>
  values.filter((value) => value <= limit).length / values.length;

describe('sampleGamma', () => {
  it('matches the gamma CDF and moments for shape ≥ 1', () => {
    const values = draws(2, 3);
    // scipy.stats.gamma.cdf(3, a=2, scale=1.5) with scipy 1.10.1 (= 1 − 3e^−2).
    expect(share(values, 3)).toBeCloseTo(0.5939941502901616, 2);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(mean).toBeCloseTo(3, 1);
    // Variance of Gamma(shape k, mean m) is m² / k = 4.5; the sample variance has sd ≈ 0.08 here.
    expect(Math.abs(variance - 4.5)).toBeLessThan(0.3);
  });

  it('matches the gamma CDF for shape < 1 (the boosted branch)', () => {
    const values = draws(0.5, 1.5);
    // scipy.stats.gamma.cdf(x, a=0.5, scale=3) at x = 3 and x = 1, scipy 1.10.1.
    expect(share(values, 3)).toBeCloseTo(0.8427007929497151, 2);
    expect(share(values, 1)).toBeCloseTo(0.5857838217574749, 2);
    expect(Math.min(...values)).toBeGreaterThan(0);
  });

  it('rejects non-positive parameters', () => {
    const random = createRandom(1);
    expect(() => sampleGamma(random, 0, 1)).toThrow(RangeError);
    expect(() => sampleGamma(random, 1, -1)).toThrow(RangeError);
    expect(() => sampleGamma(random, Number.NaN, 1)).toThrow(RangeError);
  });
});
