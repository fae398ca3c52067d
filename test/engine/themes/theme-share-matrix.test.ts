import { describe, expect, it } from 'vitest';
import { buildCustomerFeatures } from '../../../src/engine/features/build-customer-features.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { themeShareMatrix } from '../../../src/engine/themes/theme-share-matrix.ts';

describe('themeShareMatrix', () => {
  it('equals the theme_<t>_share columns of buildCustomerFeatures for the same photos', () => {
    const random = createRandom(5);
    const ids = [11, 12, 13, 14];
    const photos = Array.from({ length: 30 }, () => ({
      customerId: ids[random.integer(3)]!,
      theme: random.integer(5),
      postedAt: null,
    }));
    const features = buildCustomerFeatures(ids, photos, [{ customerId: 11, date: new Date(0), amount: 1 }], 5);
    const { shares, themes } = themeShareMatrix(ids, photos, 5);
    expect(themes).toBe(5);
    const width = features.featureNames.length;
    ids.forEach((_, row) => {
      for (let theme = 0; theme < 5; theme += 1)
        expect(shares[row * 5 + theme]).toBeCloseTo(features.matrix[row * width + features.themeColumn + theme]!, 12);
    });
    // Customer 14 posted nothing: all zeros, not NaN.
    expect(Array.from(shares.subarray(15, 20))).toEqual([0, 0, 0, 0, 0]);
  });

  it('ignores photos of customers it was not asked about', () => {
    const { shares } = themeShareMatrix(
      [1],
      [
        { customerId: 1, theme: 0 },
        { customerId: 1, theme: 1 },
        { customerId: 2, theme: 1 },
      ],
      2,
    );
    expect(Array.from(shares)).toEqual([0.5, 0.5]);
  });
});
