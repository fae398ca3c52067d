import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { chooseK } from '../../../src/engine/clustering/choose-k.ts';
import { waveClusters } from './wave-clusters.ts';

describe('chooseK', () => {
  it('picks the planted number of clusters and explains every k', async () => {
    // Silhouette of the planted labels, scikit-learn 1.2.1: silhouette_score(X, i % 3) =
    // 0.8859674012259905 for wave(150, 5, k=3, spread=3, noise=0.8) (see silhouette-score.test.ts).
    const { data, truth } = waveClusters(150, 5, 3, 3, 0.8);
    const result = await chooseK(data, 150, 5, { minK: 2, maxK: 6 });
    expect(result.bestK).toBe(3);
    expect(result.scores.map((score) => score.k)).toEqual([2, 3, 4, 5, 6]);
    expect(result.scores[1]!.silhouette).toBeCloseTo(0.8859674012259905, 6);
    expect(Math.max(...result.scores.map((score) => score.silhouette))).toBe(result.scores[1]!.silhouette);
    expect(adjustedRandIndex(truth, result.best.labels)).toBe(1);
    expect(result.silhouetteExact).toBe(true);
    // Inertia falls as k grows.
    for (let index = 1; index < result.scores.length; index += 1) {
      expect(result.scores[index]!.inertia).toBeLessThan(result.scores[index - 1]!.inertia);
    }
  });

  it('lowers maxK on small data and rejects an empty range', async () => {
    const { data } = waveClusters(5, 2, 2, 3, 0.1);
    const result = await chooseK(data, 5, 2, { minK: 2, maxK: 10 });
    expect(result.scores.map((score) => score.k)).toEqual([2, 3, 4]);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/maxK lowered from 10 to 4/);
    await expect(chooseK(data, 5, 2, { minK: 1 })).rejects.toMatchObject({ code: 'CLUSTERING_INVALID_OPTION' });
  });

  it('with a tie tolerance, bestK is the largest tied k and best is the run of that k', async () => {
    const { data } = waveClusters(150, 5, 3, 3, 0.8);
    const result = await chooseK(data, 150, 5, { minK: 2, maxK: 6, tieTolerance: 2 });
    // Every silhouette is within 2 of the best, so the largest k wins, with its own labels.
    expect(result.bestK).toBe(6);
    expect(new Set(result.best.labels).size).toBe(6);
  });
});
