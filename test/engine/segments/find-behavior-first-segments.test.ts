import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { buildCustomerFeatures } from '../../../src/engine/features/build-customer-features.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { findSegments } from '../../../src/engine/segments/find-segments.ts';

/**
 * Three buying groups of `perGroup` customers (rare small baskets, regular mid, frequent big), of whom
 * a quarter post photos. Posters of group 0 post in theme 0 or theme 1 (half each, one clear photo
 * interest per customer); posters of the other groups post six photos spread over themes 2–5.
 */
function partialPhotoFeatures(perGroup: number, seed: number) {
  const random = createRandom(seed);
  const ids: number[] = [];
  const truth: number[] = [];
  const posterTheme = new Map<number, number>();
  const photos: { customerId: number; theme: number; postedAt: Date }[] = [];
  const transactions: { customerId: number; date: Date; amount: number }[] = [];
  const paces = [1, 12, 40];
  const baskets = [15, 60, 240];
  for (let group = 0; group < 3; group += 1)
    for (let member = 0; member < perGroup; member += 1) {
      const id = ids.length + 1;
      ids.push(id);
      truth.push(group);
      const purchases = Math.max(1, Math.round(paces[group]! * (0.8 + 0.4 * random.next())));
      for (let purchase = 0; purchase < purchases; purchase += 1)
        transactions.push({
          customerId: id,
          date: new Date(Date.UTC(2025, 6, 1) + random.integer(365) * 86_400_000),
          amount: baskets[group]! * (0.8 + 0.4 * random.next()),
        });
      if (member % 4 !== 0) continue;
      const interest = group === 0 ? (member % 8 === 0 ? 0 : 1) : null;
      if (interest !== null) posterTheme.set(id, interest);
      for (let photo = 0; photo < 6; photo += 1)
        photos.push({
          customerId: id,
          theme: interest ?? 2 + random.integer(4),
          postedAt: new Date(Date.UTC(2026, random.integer(6), 1)),
        });
    }
  const features = buildCustomerFeatures(ids, photos, transactions, 6, { asOf: new Date(Date.UTC(2026, 6, 1)) });
  return { truth, posterTheme, features, posters: new Set(photos.map((photo) => photo.customerId)) };
}

describe('findSegments with photos for a quarter of the customers', () => {
  it('segments everyone by buying behavior and never separates customers by having photos', async () => {
    const { truth, features, posters } = partialPhotoFeatures(100, 4);
    // Group 0's posters number 25, too few to split into two of at least 20.
    const result = await findSegments(features, null, { seed: 3 });
    expect(result.clusteringColumns.slice(0, 3)).toEqual([
      'log1p(repeat_purchases_per_year)',
      'log1p(mean_order_value)',
      'log1p(recency_days)',
    ]);
    expect(result.segments).toHaveLength(3);
    expect(adjustedRandIndex(truth, result.labels)).toBeGreaterThan(0.95);
    // Each segment holds posters and non-posters in about the base's proportion (1 in 4).
    for (let segment = 0; segment < 3; segment += 1) {
      const members = features.customerIds.filter((_, row) => result.labels[row] === segment);
      const share = members.filter((id) => posters.has(id)).length / members.length;
      expect(share).toBeGreaterThan(0.15);
      expect(share).toBeLessThan(0.35);
    }
    // Without photos, only behaviour: the same customers as their behaviour alone gives.
    const withoutPhotos = features.customerIds.flatMap((id, row) => (posters.has(id) ? [] : [row]));
    expect(
      adjustedRandIndex(
        withoutPhotos.map((row) => truth[row]!),
        withoutPhotos.map((row) => result.labels[row]!),
      ),
    ).toBeGreaterThan(0.95);
  });

  it('splits off the posters of a behavior segment whose photo interests separate clearly', async () => {
    const { truth, features, posterTheme } = partialPhotoFeatures(160, 4);
    const result = await findSegments(features, null, { seed: 3 });
    // Group 0's 40 posters split 20 / 20 by theme: one half becomes its own segment, the other stays.
    // Group 1's and 2's posters spread six photos over themes 2–5 at random: no clear split.
    expect(result.segments).toHaveLength(4);
    const rowOf = new Map(features.customerIds.map((id, row) => [id, row]));
    const labelsOf = (theme: number): Set<number> =>
      new Set(
        [...posterTheme].filter(([, interest]) => interest === theme).map(([id]) => result.labels[rowOf.get(id)!]!),
      );
    const [themeZero, themeOne] = [labelsOf(0), labelsOf(1)];
    expect(themeZero.size).toBe(1);
    expect(themeOne.size).toBe(1);
    expect([...themeZero][0]).not.toBe([...themeOne][0]);
    const photoSegment = result.segments.find((segment) => segment.size === 20);
    expect(photoSegment).toBeDefined();
    // Customers without photos are still exactly the behavior groups.
    const others = features.customerIds.flatMap((id, row) => (posterTheme.has(id) ? [] : [row]));
    expect(
      adjustedRandIndex(
        others.map((row) => truth[row]!),
        others.map((row) => result.labels[row]!),
      ),
    ).toBeGreaterThan(0.95);
  });

  it('with k given, returns k behavior segments and no photo refinement', async () => {
    const { features } = partialPhotoFeatures(160, 4);
    const result = await findSegments(features, null, { seed: 3, k: 3 });
    expect(result.segments).toHaveLength(3);
    expect(result.silhouetteByK).toBeNull();
  });
});
