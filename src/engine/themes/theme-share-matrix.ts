/** A customer's photo in one theme partition. */
export interface ThemedPhoto {
  customerId: number;
  theme: number;
}

/** Customers' theme histograms under one partition of the photos, for segmenting. */
export interface ThemeShares {
  /** Row-major `customers × themes`: the share of each customer's photos in each theme (all 0 without photos). */
  shares: Float64Array;
  themes: number;
}

/**
 * The `theme_<t>_share` columns of `buildCustomerFeatures` for another partition of the same photos
 * (e.g. a restart of the theme k-means), in the same customer order.
 */
export function themeShareMatrix(
  customerIds: readonly number[],
  photos: readonly ThemedPhoto[],
  themes: number,
): ThemeShares {
  const row = new Map(customerIds.map((id, index) => [id, index]));
  const shares = new Float64Array(customerIds.length * themes);
  const counts = new Float64Array(customerIds.length);
  for (const photo of photos) {
    const index = row.get(photo.customerId);
    if (index === undefined) continue;
    shares[index * themes + photo.theme]! += 1;
    counts[index]! += 1;
  }
  for (let index = 0; index < customerIds.length; index += 1) {
    if (counts[index] === 0) continue;
    for (let theme = 0; theme < themes; theme += 1) shares[index * themes + theme]! /= counts[index]!;
  }
  return { shares, themes };
}
