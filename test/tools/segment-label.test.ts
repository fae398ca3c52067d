import { describe, expect, it } from 'vitest';
import type { SegmentProfile } from '../../src/engine/segments/profile-segments.ts';
import type { DescribableThemes } from '../../src/engine/themes/describable-themes.ts';
import { segmentLabel, segmentLabels } from '../../src/tools/shared/segment-label.ts';

const base = { frequency: 3, monetary: 20_000, recency_days: 120, photo_count: 5, photos_per_month: 1 };

/** A segment whose feature means are `base` scaled by `lifts` (so each lift is exact), posting theme 0 at 2×. */
function profile(id: number, lifts: Partial<Record<keyof typeof base, number>>, themeLift = 2): SegmentProfile {
  const features = Object.entries(base).map(([name, baseMean]) => {
    const lift = lifts[name as keyof typeof base] ?? 1;
    return { name, mean: baseMean * lift, baseMean, lift };
  });
  return {
    id,
    size: 40,
    share: 0.2,
    meanRfm: {
      recencyDays: base.recency_days,
      frequency: base.frequency,
      monetary: base.monetary,
      recencyScore: 3,
      frequencyScore: 3,
      monetaryScore: 3,
    },
    meanLifetimeValue: null,
    topThemes: [
      { theme: 0, share: 0.5, lift: themeLift },
      { theme: 1, share: 0.3, lift: id === 9 ? 1.6 : 0.9 },
    ],
    features: [{ name: 'theme_0_share', mean: 0.5, baseMean: 0.25, lift: themeLift }, ...features],
  };
}

// The two themes' names per language, as the concept hierarchy gives them; both posted by enough customers.
const themeNames = { ja: ['容器の写真', '犬の写真'], en: ['container photos', 'dog photos'] } as const;
const themes: DescribableThemes = {
  has: (id) => id === 0 || id === 1,
  name: (id, language) => themeNames[language ?? 'en'][id],
  names: themeNames.en,
  namesIn: (language) => themeNames[language],
  themes: [],
  allowsFeature: () => true,
};
const withoutId = (label: string) => label.replace(/（S\d+）|\s*\(S\d+\)/u, '');

describe('segment names within one segmentation', () => {
  it('keeps names that already differ as they are', () => {
    const segments = [profile(0, { monetary: 1.5 }), profile(1, { frequency: 1.5 }, 1)];
    expect(segmentLabels(segments, themes, 'ja')).toEqual(['高額購入／容器の写真が多い層（S0）', '高頻度の層（S1）']);
    expect(segmentLabels(segments, themes, 'en')).toEqual([
      'big-spending customers who post container photos (S0)',
      'frequent customers (S1)',
    ]);
  });

  it('tells two segments with the same top features apart by how much they spend (the demo’s S1/S2 case)', () => {
    // Both spend more than 1.25× the base and post containers: the spend ratio between them (1.6 / 1.3) is the widest.
    const segments = [profile(0, { frequency: 0.5 }, 1), profile(1, { monetary: 1.3 }), profile(2, { monetary: 1.6 })];
    const ja = segmentLabels(segments, themes, 'ja');
    expect(ja[1]).toBe('高額購入／容器の写真が多い層（S1）');
    expect(ja[2]).toBe('特に高額購入／容器の写真が多い層（S2）');
    const en = segmentLabels(segments, themes, 'en');
    expect(en[1]).toBe('big-spending customers who post container photos (S1)');
    expect(en[2]).toBe('top-spending customers who post container photos (S2)');
    // Without a spend trait, the two get comparative words.
    const plain = [profile(0, { monetary: 1.1 }), profile(1, { monetary: 0.9 })];
    expect(segmentLabels(plain, themes, 'en').map(withoutId)).toEqual([
      'higher-spending customers who post container photos',
      'lower-spending customers who post container photos',
    ]);
    expect(segmentLabel(segments[2]!, segments, themes, 'ja')).toBe(ja[2]);
  });

  it('adds a feature only one of them has before a contrast: recent buying, photo posting, a second theme', () => {
    const recent = [profile(0, { monetary: 1.5, recency_days: 0.5 }), profile(1, { monetary: 1.5 })];
    expect(segmentLabels(recent, themes, 'ja')).toEqual([
      '高額購入・最近購入／容器の写真が多い層（S0）',
      '高額購入／容器の写真が多い層（S1）',
    ]);
    const posting = [profile(0, { photo_count: 0, photos_per_month: 0 }), profile(1, {})];
    expect(segmentLabels(posting, themes, 'en').map(withoutId)).toEqual([
      'non-posting customers who post container photos',
      'customers who post container photos',
    ]);
    const secondTheme = [profile(9, {}), profile(1, {})];
    expect(segmentLabels(secondTheme, themes, 'ja').map(withoutId)).toEqual([
      '容器の写真・犬の写真が多い層',
      '容器の写真が多い層',
    ]);
  });

  it('is unique for every segmentation, even identical profiles (a letter last), in both languages', () => {
    const same = [profile(0, {}), profile(1, {}), profile(2, {})];
    for (const language of ['ja', 'en'] as const) {
      const names = segmentLabels(same, themes, language).map(withoutId);
      expect(new Set(names).size).toBe(3);
    }
    expect(segmentLabels(same, themes, 'ja').map(withoutId)[1]).toBe('グループB／容器の写真が多い層');
    // Three alike in buying but not in spend: highest, middle, lowest.
    const three = [profile(0, { monetary: 1.3 }), profile(1, { monetary: 1.9 }), profile(2, { monetary: 1.6 })];
    expect(segmentLabels(three, themes, 'ja').map(withoutId)).toEqual([
      '高額購入・購入額が少なめ／容器の写真が多い層',
      '高額購入・購入額が多め／容器の写真が多い層',
      '高額購入・購入額は中程度／容器の写真が多い層',
    ]);
  });
});

describe('photo themes in segment names need more than chance', () => {
  const withZ = (z: number | null | undefined): SegmentProfile => {
    const segment = profile(0, { monetary: 1.5 });
    return { ...segment, topThemes: segment.topThemes.map((entry) => (entry.theme === 0 ? { ...entry, z } : entry)) };
  };

  // One theme and one segment: the bar is the one-sided 95 % point, z ≥ 1.645.
  it('names a theme the segment posts 2× the base when that stands far enough above chance', () => {
    expect(segmentLabels([withZ(2.5)], themes, 'ja')).toEqual(['高額購入／容器の写真が多い層（S0）']);
  });

  it('leaves out a theme whose higher share a random group of the same size would often show (z < 2)', () => {
    expect(segmentLabels([withZ(1.4)], themes, 'ja')).toEqual(['高額購入の層（S0）']);
    expect(segmentLabels([withZ(null)], themes, 'en')).toEqual(['big-spending customers (S0)']);
  });

  it('raises the bar with the number of themes and segments checked (31 themes × 4 segments: z ≥ 3.35)', () => {
    // 30 more theme columns, none standing out: the segmentation has 31 themes.
    const withThirtyOneThemes = (segment: SegmentProfile): SegmentProfile => ({
      ...segment,
      features: [
        ...segment.features,
        ...Array.from({ length: 30 }, (_, index) => ({
          name: `theme_${index + 1}_share`,
          mean: 0.01,
          baseMean: 0.01,
          lift: 1,
          z: 0,
        })),
      ],
    });
    const manyThemes = (z: number): SegmentProfile => withThirtyOneThemes(withZ(z));
    // Three other segments, each named by a different trait, so no name needs a tie-breaker.
    const others = ([{ frequency: 1.5 }, { frequency: 0.5 }, { monetary: 0.5 }] as const).map((lifts, index) =>
      withThirtyOneThemes({ ...profile(index + 1, lifts, 1), topThemes: [] }),
    );
    // Φ⁻¹(1 − 0.05 / 124) = 3.353: a z of 3.0 is what one check in 124 reaches by chance often enough.
    expect(segmentLabels([manyThemes(3.0), ...others], themes, 'ja')[0]).toBe('高額購入の層（S0）');
    expect(segmentLabels([manyThemes(3.4), ...others], themes, 'ja')[0]).toBe('高額購入／容器の写真が多い層（S0）');
  });

  it('keeps the lift-only name of a run stored before z was computed', () => {
    expect(segmentLabels([withZ(undefined)], themes, 'ja')).toEqual(['高額購入／容器の写真が多い層（S0）']);
  });
});
