import { describe, expect, it } from 'vitest';
import type { CustomerFeatures } from '../../../src/engine/features/build-customer-features.ts';
import { profileSegments } from '../../../src/engine/segments/profile-segments.ts';

/**
 * Six customers, three columns: theme 0's share (1, 1, 0, 0, 0, 0), theme 1's (0, 0, 1, 1, 1, 0) and a
 * tenure every customer shares. The sixth has no photos (both shares 0).
 */
function features(): CustomerFeatures {
  const rfm = {
    recencyDays: 10,
    frequency: 2,
    monetary: 100,
    recencyScore: 3,
    frequencyScore: 3,
    monetaryScore: 3,
    tenureDays: 200,
  };
  return {
    customerIds: [1, 2, 3, 4, 5, 6],
    matrix: Float64Array.from([1, 0, 7, 1, 0, 7, 0, 1, 7, 0, 1, 7, 0, 1, 7, 0, 0, 7]),
    featureNames: ['theme_0_share', 'theme_1_share', 'tenure'],
    themeColumn: 0,
    rfm: Array.from({ length: 6 }, () => ({ ...rfm })),
    asOf: new Date('2026-01-01T00:00:00Z'),
    warnings: [],
  };
}

describe('profileSegments: how far a segment stands from the base', () => {
  // By hand, among the five customers with photos: theme 0's mean 0.4, population variance
  // 0.4 · 0.6 = 0.24. Segment 0 (n = 2 of N = 5): SE² = 0.24 / 2 · (5 − 2)/(5 − 1) = 0.09, SE 0.3,
  // z = (1 − 0.4)/0.3 = 2. Segment 1 (its 3 posters; the sixth customer posts nothing):
  // SE² = 0.24 / 3 · 2/4 = 0.04, SE 0.2, z = (0 − 0.4)/0.2 = −2. The lift is against everyone:
  // 1 / (2/6) = 3.
  const profiles = profileSegments(features(), Int32Array.from([0, 0, 1, 1, 1, 1]), null);

  it('gives a theme its z among customers with photos, against a random group of that size drawn without replacement', () => {
    expect(profiles[0]!.features[0]!.z).toBeCloseTo(2, 12);
    expect(profiles[1]!.features[0]!.z).toBeCloseTo(-2, 12);
    expect(profiles[0]!.topThemes[0]).toMatchObject({ theme: 0, share: 1 });
    expect(profiles[0]!.topThemes[0]!.lift).toBeCloseTo(3, 12);
    expect(profiles[0]!.topThemes[0]!.z).toBeCloseTo(2, 12);
  });

  it('does not call a segment’s theme high because the segment posts more photos', () => {
    // Segment 0: three posters, theme 0 at 0.6, 0.4, 0.5; segment 1: one poster at 0.5 and three
    // customers without photos. Against everyone segment 0 posts theme 0 1.75× as much
    // (0.5 / (2/7)), but among posters its mean is the base's 0.5: z = 0.
    const shares = [0.6, 0.4, 0.5, 0.5, 0, 0, 0];
    const input: CustomerFeatures = {
      ...features(),
      customerIds: shares.map((_, index) => index + 1),
      matrix: Float64Array.from(shares.flatMap((share) => [share, share > 0 ? 1 - share : 0])),
      featureNames: ['theme_0_share', 'theme_1_share'],
      rfm: shares.map(() => features().rfm[0]!),
    };
    const [segment] = profileSegments(input, Int32Array.from([0, 0, 0, 1, 1, 1, 1]), null);
    expect(segment!.features[0]!.lift).toBeCloseTo(1.75, 12);
    expect(segment!.features[0]!.z).toBeCloseTo(0, 12);
  });

  it('has no z for a feature that does not vary across the base', () => {
    expect(profiles.map((segment) => segment.features[2]!.z)).toEqual([null, null]);
  });

  it('has no z for a segment that is the whole base', () => {
    const whole = profileSegments(features(), Int32Array.from([0, 0, 0, 0, 0, 0]), null);
    expect(whole[0]!.features[0]!.z).toBeNull();
  });
});
