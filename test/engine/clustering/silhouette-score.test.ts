import { describe, expect, it } from 'vitest';
import { ClusteringError } from '../../../src/engine/engine-errors.ts';
import { silhouetteScore } from '../../../src/engine/clustering/silhouette-score.ts';
import { waveClusters } from './wave-clusters.ts';

// References: /usr/bin/python3, scikit-learn 1.2.1, numpy 1.24.2, with the data of
// wave-clusters.ts rebuilt in numpy (float32, then float64 for sklearn):
//   i, j = arange(rows)[:, None], arange(columns)[None, :]; c = i % k
//   X = (spread * cos(2.1 c + 0.7 j) * (c + 1) + noise * sin(12.9898 i + 78.233 j)).astype(float32)
//   silhouette_score(X.astype(float64), labels)
const references = [
  {
    name: '150 × 5, k 3, planted labels',
    rows: 150,
    columns: 5,
    k: 3,
    spread: 3,
    noise: 0.8,
    labelsOf: 3,
    value: 0.8859674012259905,
  },
  {
    name: '150 × 5, k 3, labels i % 4',
    rows: 150,
    columns: 5,
    k: 3,
    spread: 3,
    noise: 0.8,
    labelsOf: 4,
    value: -0.043273855081835774,
  },
  {
    name: '60 × 3, k 4, planted labels',
    rows: 60,
    columns: 3,
    k: 4,
    spread: 1,
    noise: 1.5,
    labelsOf: 4,
    value: 0.4539007336110275,
  },
];

describe('silhouetteScore', () => {
  it.each(references)('matches scikit-learn: $name', async ({ rows, columns, k, spread, noise, labelsOf, value }) => {
    const { data } = waveClusters(rows, columns, k, spread, noise);
    const labels = Int32Array.from({ length: rows }, (_, row) => row % labelsOf);
    for (const backend of ['javascript', 'onnx'] as const) {
      const result = await silhouetteScore(data, rows, columns, labels, { backend });
      expect(result.exact).toBe(true);
      expect(result.sampledRows).toBe(rows);
      expect(result.score).toBeCloseTo(value, 6);
    }
  });

  it('treats singleton clusters as 0 and accepts any label values', async () => {
    // Points 0, 1 and 10 on a line: cluster {0, 1} scores 1 − 1/10 and 1 − 1/9, the singleton 0.
    const result = await silhouetteScore(Float32Array.of(0, 1, 10), 3, 1, [7, 7, -2]);
    expect(result.score).toBeCloseTo((1 - 1 / 10 + (1 - 1 / 9) + 0) / 3, 12);
  });

  it('samples above sampleSize, deterministically and close to the exact score', async () => {
    const { data, truth } = waveClusters(900, 6, 3, 1, 1.2);
    const exact = await silhouetteScore(data, 900, 6, truth);
    const sampled = await silhouetteScore(data, 900, 6, truth, { sampleSize: 300, seed: 5 });
    const again = await silhouetteScore(data, 900, 6, truth, { sampleSize: 300, seed: 5 });
    expect(sampled.exact).toBe(false);
    expect(sampled.sampledRows).toBe(300);
    expect(again.score).toBe(sampled.score);
    expect(sampled.score).not.toBe(exact.score);
    expect(Math.abs(sampled.score - exact.score)).toBeLessThan(0.03);
  });

  it('rejects labels it cannot score', async () => {
    const data = Float32Array.of(0, 1, 2, 3);
    await expect(silhouetteScore(data, 4, 1, [0, 0, 0, 0])).rejects.toMatchObject({
      code: 'CLUSTERING_INVALID_LABELS',
    });
    await expect(silhouetteScore(data, 4, 1, [0, 1, 2, 3])).rejects.toMatchObject({
      code: 'CLUSTERING_INVALID_LABELS',
    });
    await expect(silhouetteScore(data, 4, 1, [0, 1])).rejects.toBeInstanceOf(ClusteringError);
  });
});
