import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { ClusteringError } from '../../../src/engine/engine-errors.ts';

// References: sklearn.metrics.adjusted_rand_score (scikit-learn 1.2.1, /usr/bin/python3).
describe('adjustedRandIndex', () => {
  it('matches scikit-learn on hand-made labelings', () => {
    // adjusted_rand_score([0,0,0,1,1,1,2,2,2,2], [1,1,0,0,2,2,2,2,0,1]) = -0.022727272727272728
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1, 2, 2, 2, 2], [1, 1, 0, 0, 2, 2, 2, 2, 0, 1])).toBeCloseTo(
      -0.022727272727272728,
      14,
    );
    // adjusted_rand_score([0,0,1,1], [0,1,0,1]) = -0.5
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 14);
  });

  it('matches scikit-learn on two arithmetic labelings of 200 rows', () => {
    // i = arange(200); adjusted_rand_score((i * 7919 % 13) % 5, (i * 104729 % 17) % 4) = -0.014471983157715132
    const rows = Array.from({ length: 200 }, (_, row) => row);
    const first = rows.map((row) => ((row * 7919) % 13) % 5);
    const second = rows.map((row) => ((row * 104729) % 17) % 4);
    expect(adjustedRandIndex(first, second)).toBeCloseTo(-0.014471983157715132, 14);
  });

  it('is 1 for the same partition under other names, and in the degenerate cases', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBe(1);
    expect(adjustedRandIndex([4, 4, 4], [1, 1, 1])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 0, 1])).toBe(1);
  });

  it('rejects labelings of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(ClusteringError);
    expect(() => adjustedRandIndex([], [])).toThrow(/non-empty/);
  });
});
