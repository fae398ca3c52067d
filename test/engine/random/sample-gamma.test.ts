import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { RandomArgumentError } from '../../../src/engine/engine-errors.ts';
import { sampleBeta, sampleGamma } from '../../../src/engine/random/sample-gamma.ts';

function moments(draw: () => number, count: number): { mean: number; variance: number } {
  let sum = 0;
  let squares = 0;
  for (let index = 0; index < count; index += 1) {
    const value = draw();
    sum += value;
    squares += value * value;
  }
  const mean = sum / count;
  return { mean, variance: squares / count - mean * mean };
}

describe('sampleGamma and sampleBeta', () => {
  it('draw Gamma(shape, rate) with mean shape/rate and variance shape/rate², also for shape < 1', () => {
    const random = createRandom(4);
    for (const [shape, rate] of [
      [0.3, 2],
      [2.5, 0.5],
      [12, 3],
    ] as const) {
      const { mean, variance } = moments(() => sampleGamma(random, shape, rate), 100_000);
      expect(Math.abs(mean / (shape / rate) - 1)).toBeLessThan(0.03);
      expect(Math.abs(variance / (shape / rate ** 2) - 1)).toBeLessThan(0.08);
    }
  });

  it('draws Beta(a, b) with mean a/(a+b) and variance ab/((a+b)²(a+b+1))', () => {
    const random = createRandom(5);
    const [a, b] = [0.8, 3];
    const { mean, variance } = moments(() => sampleBeta(random, a, b), 100_000);
    expect(Math.abs(mean / (a / (a + b)) - 1)).toBeLessThan(0.02);
    expect(Math.abs(variance / ((a * b) / ((a + b) ** 2 * (a + b + 1))) - 1)).toBeLessThan(0.05);
  });

  it('refuses a shape or rate that is not positive', () => {
    expect(() => sampleGamma(createRandom(1), 0, 1)).toThrow(RandomArgumentError);
    expect(() => sampleGamma(createRandom(1), 1, Number.NaN)).toThrow(/rate/);
  });
});
