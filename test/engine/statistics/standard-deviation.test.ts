import { describe, expect, it } from 'vitest';
import { standardDeviation } from '../../../src/engine/statistics/standard-deviation.ts';

describe('standardDeviation', () => {
  // Hand-computed: mean 5, squared deviations sum to 32 → sample sd √(32/7), population sd 2.
  const values = [2, 4, 4, 4, 5, 5, 7, 9];

  it('uses n − 1 by default and n with degreesOfFreedomCorrection 0', () => {
    expect(standardDeviation(values)).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(standardDeviation(values, { degreesOfFreedomCorrection: 0 })).toBe(2);
  });

  it('stays accurate with a large offset', () => {
    expect(
      standardDeviation(
        values.map((value) => value + 1e9),
        { degreesOfFreedomCorrection: 0 },
      ),
    ).toBeCloseTo(2, 6);
  });

  it('is NaN when there are too few values', () => {
    expect(standardDeviation([3])).toBeNaN();
    expect(standardDeviation([], { degreesOfFreedomCorrection: 0 })).toBeNaN();
  });
});
