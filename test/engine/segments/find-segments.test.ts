import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { buildCustomerFeatures } from '../../../src/engine/features/build-customer-features.ts';
import { findSegments } from '../../../src/engine/segments/find-segments.ts';
import { mergeSmallClusters } from '../../../src/engine/segments/merge-small-clusters.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { themeShareMatrix } from '../../../src/engine/themes/theme-share-matrix.ts';

/** Three planted groups of customers: each posts mostly in its own two themes and buys at its own pace. */
function plantedFeatures(perGroup: number, seed: number) {
  const random = createRandom(seed);
  const ids: number[] = [];
  const truth: number[] = [];
  const photos: { customerId: number; theme: number; postedAt: Date }[] = [];
  const transactions: { customerId: number; date: Date; amount: number }[] = [];
  for (let group = 0; group < 3; group += 1) {
    for (let member = 0; member < perGroup; member += 1) {
      const id = ids.length + 1;
      ids.push(id);
      truth.push(group);
      for (let photo = 0; photo < 6; photo += 1) {
        const own = random.next() < 0.85;
        photos.push({
          customerId: id,
          theme: own ? group * 2 + random.integer(2) : random.integer(6),
          postedAt: new Date(Date.UTC(2026, random.integer(6), 1)),
        });
      }
      const purchases = 1 + random.integer(3) + group * 3;
      for (let purchase = 0; purchase < purchases; purchase += 1) {
        transactions.push({
          customerId: id,
          date: new Date(Date.UTC(2026, random.integer(6), 1 + random.integer(27))),
          amount: 20 + group * 30 + random.next() * 10,
        });
      }
    }
  }
  return {
    truth,
    features: buildCustomerFeatures(ids, photos, transactions, 6, { asOf: new Date(Date.UTC(2026, 6, 1)) }),
  };
}

describe('findSegments', () => {
  it('recovers planted groups, choosing k by silhouette, and profiles them', async () => {
    const { truth, features } = plantedFeatures(40, 3);
    const result = await findSegments(features, null, { seed: 1, minK: 2, maxK: 6 });
    expect(result.segments).toHaveLength(3);
    expect(adjustedRandIndex(truth, result.labels)).toBeGreaterThan(0.9);
    expect(result.silhouetteByK?.map((score) => score.k)).toEqual([2, 3, 4, 5, 6]);
    const sizes = result.segments.map((segment) => segment.size);
    expect(sizes).toEqual([...sizes].sort((left, right) => right - left));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(120);
    // The group that buys most has its frequency lift above 1 and a theme share lift above 1.
    const busiest = result.segments.reduce((best, segment) =>
      segment.meanRfm.frequency > best.meanRfm.frequency ? segment : best,
    );
    expect(busiest.features.find((feature) => feature.name === 'frequency')!.lift).toBeGreaterThan(1.3);
    expect(busiest.topThemes[0]!.lift).toBeGreaterThan(1.5);
  });

  it('is deterministic for a seed', async () => {
    const { features } = plantedFeatures(30, 5);
    const first = await findSegments(features, null, { seed: 9, k: 3 });
    const second = await findSegments(features, null, { seed: 9, k: 3 });
    expect(Array.from(first.labels)).toEqual(Array.from(second.labels));
  });

  it('refuses more segments than the customers allow at the minimum size', async () => {
    const { features } = plantedFeatures(10, 1);
    await expect(findSegments(features, null, { k: 3, minSegmentSize: 20 })).rejects.toMatchObject({
      code: 'SEGMENTS_TOO_FEW_CUSTOMERS',
    });
  });
});

describe('mergeSmallClusters', () => {
  it('moves members of a too-small cluster to the nearest surviving centroid and renumbers by size', () => {
    // One column: clusters at 0 (3 rows), 10 (2 rows) and 11 (1 row, too small) → the 11 joins 10.
    const data = Float32Array.from([0, 0.1, -0.1, 10, 10.2, 11]);
    const centroids = Float32Array.from([0, 10.1, 11]);
    const { labels, warnings } = mergeSmallClusters(data, 1, Int32Array.from([0, 0, 0, 1, 1, 2]), centroids, 2);
    expect(Array.from(labels)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(warnings).toHaveLength(1);
  });

  it('weighs restart partitions 1/√blocks: copies of the shown partition leave the segmentation unchanged', async () => {
    const { features } = plantedFeatures(40, 3);
    const width = features.featureNames.length;
    const rows = features.customerIds.length;
    const copy = { shares: new Float64Array(rows * 6), themes: 6 };
    for (let row = 0; row < rows; row += 1)
      for (let theme = 0; theme < 6; theme += 1)
        copy.shares[row * 6 + theme] = features.matrix[row * width + features.themeColumn + theme]!;
    const options = { seed: 1, minK: 2, maxK: 6 };
    const alone = await findSegments(features, null, options);
    const withCopies = await findSegments(features, null, options, [copy, copy, copy]);
    expect(withCopies.clusteringColumns).toHaveLength(alone.clusteringColumns.length + 18);
    expect(withCopies.clusteringColumns.at(-1)).toBe('restart_3_theme_5_share');
    expect(adjustedRandIndex(alone.labels, withCopies.labels)).toBe(1);
    withCopies.silhouetteByK!.forEach((score, index) =>
      expect(score.silhouette).toBeCloseTo(alone.silhouetteByK![index]!.silhouette, 4),
    );
  });

  it('restart partitions carry weight: informative restarts rescue an uninformative shown partition', async () => {
    const random = createRandom(9);
    const ids: number[] = [];
    const truth: number[] = [];
    const shown: { customerId: number; theme: number; postedAt: Date }[] = [];
    const planted: { customerId: number; theme: number }[] = [];
    for (let group = 0; group < 3; group += 1)
      for (let member = 0; member < 40; member += 1) {
        const id = ids.length + 1;
        ids.push(id);
        truth.push(group);
        for (let photo = 0; photo < 6; photo += 1) {
          shown.push({ customerId: id, theme: random.integer(6), postedAt: new Date(Date.UTC(2026, 0, 1)) });
          planted.push({
            customerId: id,
            theme: random.next() < 0.9 ? group * 2 + random.integer(2) : random.integer(6),
          });
        }
      }
    // Every customer buys alike, so only photos can tell the groups apart.
    const transactions = ids.map((customerId) => ({ customerId, date: new Date(Date.UTC(2026, 2, 1)), amount: 30 }));
    const features = buildCustomerFeatures(ids, shown, transactions, 6, { asOf: new Date(Date.UTC(2026, 6, 1)) });
    const restarts = [1, 2, 3, 4].map(() => themeShareMatrix(ids, planted, 6));
    const blind = await findSegments(features, null, { seed: 2, k: 3 });
    const helped = await findSegments(features, null, { seed: 2, k: 3 }, restarts);
    expect(adjustedRandIndex(truth, blind.labels)).toBeLessThan(0.3);
    expect(adjustedRandIndex(truth, helped.labels)).toBeGreaterThan(0.8);
  });
});
