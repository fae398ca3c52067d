import { describe, expect, it } from 'vitest';
import { quintileScores } from '../../../src/engine/features/quintile-scores.ts';

describe('quintileScores', () => {
  it('scores ten values two per quintile, reversed when lower is better', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    // Ranks 1..10 → ceil(rank / 10 · 5): 1,1,2,2,3,3,4,4,5,5.
    expect(quintileScores(values)).toEqual([5, 1, 5, 1, 4, 2, 4, 2, 3, 3]);
    expect(quintileScores(values, false)).toEqual([1, 5, 1, 5, 2, 4, 2, 4, 3, 3]);
  });

  it('gives ties the score of their average rank', () => {
    // Four zeros share rank 2.5 → ceil(2.5 / 5 · 5) = 3; the single 1 has rank 5 → 5.
    expect(quintileScores([0, 0, 0, 0, 1])).toEqual([3, 3, 3, 3, 5]);
  });
});
