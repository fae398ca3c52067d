import { describe, expect, it } from 'vitest';
import { ActivationHistogram, chooseClipRange } from '../../../src/engine/model/activation-histogram.ts';

describe('ActivationHistogram', () => {
  it('keeps every count when the range grows on either side, with exact min, max and zeros', () => {
    const histogram = new ActivationHistogram(64);
    histogram.add(Float32Array.from([0.5, 1, 0, 0]));
    histogram.add(Float32Array.from([7.9, 3]));
    histogram.add(Float32Array.from([-2.5]));
    expect(histogram.zeros).toBe(2);
    expect(histogram.total).toBe(7);
    expect([histogram.min, histogram.max]).toEqual([-2.5, Float32Array.of(7.9)[0]]);
    expect(histogram.counts.reduce((sum, count) => sum + count, 0)).toBe(5);
    expect(histogram.low).toBeLessThanOrEqual(-2.5);
    expect(histogram.high).toBeGreaterThanOrEqual(7.9);
    // Each value sits in the bin it falls in (a range's maximum in the bin just below its top edge).
    const width = (histogram.high - histogram.low) / histogram.bins;
    for (const value of [0.5, 1, 7.9, 3, -2.5]) {
      const bin = Math.min(63, Math.floor((value - histogram.low) / width));
      expect(histogram.counts[bin]! + histogram.counts[bin - 1]!).toBeGreaterThan(0);
    }
  });

  it('picks a range whose real round-trip error is within 3 % of the best found by brute force', () => {
    // Reference: quantise and dequantise every value for 400 candidate ranges and measure the error.
    const roundTripError = (values: Float32Array, min: number, max: number): number => {
      const step = (max - min) / 255;
      const zero = Math.round(-min / step);
      let error = 0;
      for (const value of values) {
        const q = Math.min(255, Math.max(0, Math.round(value / step) + zero));
        error += (value - (q - zero) * step) ** 2;
      }
      return error;
    };
    const exponential = Float32Array.from({ length: 20_000 }, (_, index) => -Math.log(1 - (index + 0.5) / 20_000));
    const signed = Float32Array.from({ length: 20_000 }, (_, index) => {
      const u = (index + 0.5) / 20_000;
      return u < 0.5 ? 2 * Math.log(2 * u) : -Math.log(2 - 2 * u); // Laplace-like, wider below zero
    });
    for (const values of [exponential, signed]) {
      const histogram = new ActivationHistogram();
      histogram.add(values);
      const chosen = chooseClipRange(histogram);
      let best = Number.POSITIVE_INFINITY;
      for (let step = 1; step <= 400; step += 1) {
        const factor = step / 400;
        best = Math.min(best, roundTripError(values, Math.min(0, histogram.min) * factor, histogram.max * factor));
      }
      expect(roundTripError(values, chosen.min, chosen.max)).toBeLessThanOrEqual(best * 1.03);
    }
  });
});
