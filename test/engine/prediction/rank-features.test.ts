import { describe, expect, it } from 'vitest';
import { rankFeatures } from '../../../src/engine/prediction/rank-features.ts';

describe('rankFeatures', () => {
  it('gives tied values one dense rank and keeps the distinct values in order', () => {
    const { ranks, values } = rankFeatures([Float64Array.from([3.5, -1, 3.5, 0, 10])]);
    expect(Array.from(ranks[0]!)).toEqual([2, 0, 2, 1, 3]);
    expect(Array.from(values[0]!)).toEqual([-1, 0, 3.5, 10]);
  });
});
