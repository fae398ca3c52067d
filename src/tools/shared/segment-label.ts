import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import { normalQuantile } from '../../engine/statistics/normal-quantile.ts';
import type { DescribableThemes } from '../../engine/themes/describable-themes.ts';
import { maxOf, minOf } from '../../engine/statistics/extremes.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { type ContrastFeature, segmentNameMessages as names } from './segment-name-messages.ts';
import { sharedMessages } from './shared-messages.ts';

/** What a name is made of: buying traits (「高頻度」, "frequent") and photo themes (「犬の写真」). */
interface NameParts {
  traits: string[];
  themes: string[];
}

type Word = Readonly<Record<Language, string>>;

/**
 * The chance, over all of a segmentation's themes and segments together, that a name mentions a
 * theme a segment posts more only by chance. Each segment is checked on every theme (its top ones
 * are picked from all), so the bar per check is this share divided by themes × segments
 * (Bonferroni): with 31 themes and 4 segments a lone check needs z ≥ 3.35, not 2 — at 2, three of
 * four CDNOW segments with randomly assigned photos were named after a theme.
 */
const themeNameFalseAlarm = 0.05;

/** The z a theme needs in this segmentation before a name or a description mentions it as standing out. */
export function minimumThemeZ(segments: readonly SegmentProfile[]): number {
  const themeCount = segments[0]?.features.filter((feature) => /^theme_\d+_share$/u.test(feature.name)).length ?? 0;
  return normalQuantile(1 - themeNameFalseAlarm / Math.max(1, themeCount * segments.length));
}

const lift = (segment: SegmentProfile, name: string): number =>
  segment.features.find((feature) => feature.name === name)?.lift ?? 1;
const mean = (segment: SegmentProfile, name: string): number | undefined =>
  segment.features.find((feature) => feature.name === name)?.mean;

/**
 * Whether a segment's theme share stands above chance (`z` ≥ `minimumZ`); a profile stored before z
 * was kept (`z` undefined) is judged on its lift alone, as it was then.
 */
export function standsAboveChance(feature: { z?: number | null }, minimumZ: number): boolean {
  return feature.z === undefined || (feature.z ?? Number.NEGATIVE_INFINITY) >= minimumZ;
}

/**
 * Describable themes the segment posts clearly more than the base (lift > 1.2) by more than chance
 * would give a random group of its size (z ≥ `minimumZ`, see {@link minimumThemeZ}), concept names
 * only, each once. Without the second rule segments were named after whichever theme they happened
 * to post a little more. Runs stored before z was kept have only the lift.
 */
function risingThemes(
  segment: SegmentProfile,
  themes: DescribableThemes,
  language: Language,
  minimumZ: number,
): string[] {
  const found: string[] = [];
  for (const entry of segment.topThemes) {
    if (!themes.has(entry.theme) || (entry.lift ?? 0) <= 1.2) continue;
    if (!standsAboveChance(entry, minimumZ)) continue;
    // The label carries the concept only; example labels belong in theme descriptions.
    const name = themes.name(entry.theme, language)?.replace(/（例[:：].*）$|\s*\(e\.g\..*\)$/u, '');
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

/** How it buys and its leading photo theme: what every name starts from. */
function baseParts(
  segment: SegmentProfile,
  themes: DescribableThemes,
  language: Language,
  minimumZ: number,
): NameParts {
  const word = (message: Word): string => translate(message, language);
  const frequency = lift(segment, 'frequency');
  const monetary = lift(segment, 'monetary');
  const traits = [
    frequency > 1.25 ? word(sharedMessages.traitFrequent) : frequency < 0.8 ? word(sharedMessages.traitRare) : null,
    monetary > 1.25 ? word(sharedMessages.traitHighSpend) : monetary < 0.8 ? word(sharedMessages.traitLowSpend) : null,
    lift(segment, 'recency_days') > 1.5 ? word(sharedMessages.traitLapsing) : null,
  ].filter((trait): trait is string => trait !== null);
  return { traits, themes: risingThemes(segment, themes, language, minimumZ).slice(0, 1) };
}

/**
 * Further features, in the order they are added when two names of one segmentation come out alike:
 * recent buying, photo posting, a second rising theme. Each gives a segment a word, or none.
 */
const refinements: ((
  segment: SegmentProfile,
  themes: DescribableThemes,
  language: Language,
  minimumZ: number,
) => Partial<NameParts>)[] = [
  (segment, _themes, language) =>
    lift(segment, 'recency_days') < 0.67 ? { traits: [translate(names.traitRecent, language)] } : {},
  (segment, _themes, language) => {
    const photos = mean(segment, 'photo_count');
    if (photos === 0) return { traits: [translate(names.traitNoPhotos, language)] };
    const posting = lift(segment, 'photos_per_month');
    if (posting > 1.5) return { traits: [translate(names.traitPhotoActive, language)] };
    if (posting < 0.5) return { traits: [translate(names.traitFewPhotos, language)] };
    return {};
  },
  (segment, themes, language, minimumZ) => {
    const second = risingThemes(segment, themes, language, minimumZ)[1];
    return second ? { themes: [second] } : {};
  },
];

/**
 * Measures alike segments are contrasted on. `high` / `low`: the base traits of that measure; a segment
 * that already carries one is not called the opposite ("big-spending, lower-spending"): the one furthest
 * that way gets the stronger word (「特に高額購入」, "top-spending") in its place, the other keeps its (for
 * two alike segments; three or more get 「購入額が多め／中程度／少なめ」).
 */
const contrastFeatures: readonly {
  feature: string;
  words: ContrastFeature;
  high?: { trait: Word; stronger: Word };
  low?: { trait: Word; stronger: Word };
}[] = [
  {
    feature: 'monetary',
    words: 'monetary',
    high: { trait: sharedMessages.traitHighSpend, stronger: names.strongerHighSpend },
    low: { trait: sharedMessages.traitLowSpend, stronger: names.strongerLowSpend },
  },
  {
    feature: 'frequency',
    words: 'frequency',
    high: { trait: sharedMessages.traitFrequent, stronger: names.strongerFrequent },
    low: { trait: sharedMessages.traitRare, stronger: names.strongerRare },
  },
  {
    feature: 'recency_days',
    words: 'recency',
    high: { trait: sharedMessages.traitLapsing, stronger: names.strongerLapsing },
  },
  {
    feature: 'photos_per_month',
    words: 'posting',
    high: { trait: names.traitPhotoActive, stronger: names.strongerPhotoActive },
  },
];

/** A segment's name parts with one measure contrasted against the alike segments' (see {@link contrastFeatures}). */
function contrasted(
  parts: NameParts,
  contrast: (typeof contrastFeatures)[number],
  rank: 'more' | 'less' | 'middle',
  language: Language,
  pair: boolean,
): NameParts {
  // Between two segments the stronger word alone tells them apart; among more, every one needs its rank.
  const sides = [
    [contrast.high, 'more'],
    [contrast.low, 'less'],
  ] as const;
  for (const [side, furthest] of pair ? sides : []) {
    const trait = side ? translate(side.trait, language) : null;
    if (!side || !trait || !parts.traits.includes(trait)) continue;
    if (rank !== furthest) return parts;
    const stronger = translate(side.stronger, language);
    return { ...parts, traits: parts.traits.map((entry) => (entry === trait ? stronger : entry)) };
  }
  const word = rank === 'more' ? names.contrastMore : rank === 'less' ? names.contrastLess : names.contrastMiddle;
  return add(parts, { traits: [translate(word[contrast.words], language)] });
}

function render(segment: SegmentProfile, parts: NameParts, language: Language): string {
  const separator = translate(sharedMessages.traitSeparator, language);
  const params = {
    traits: parts.traits.join(separator),
    theme: parts.themes.join(translate(names.themeSeparator, language)),
    id: segment.id,
  };
  const message =
    parts.traits.length > 0
      ? parts.themes.length > 0
        ? sharedMessages.segmentNameTraitsTheme
        : sharedMessages.segmentNameTraits
      : parts.themes.length > 0
        ? sharedMessages.segmentNameTheme
        : sharedMessages.segmentNameAverage;
  return translate(message, language, params);
}

/** Indexes of segments whose names (without the id) are the same, in groups of two or more. */
function collisions(parts: readonly NameParts[]): number[][] {
  const byName = new Map<string, number[]>();
  parts.forEach((part, index) => {
    const key = JSON.stringify([part.traits, part.themes]);
    byName.set(key, [...(byName.get(key) ?? []), index]);
  });
  return [...byName.values()].filter((group) => group.length > 1);
}

const add = (parts: NameParts, extra: Partial<NameParts>): NameParts => ({
  traits: [...parts.traits, ...(extra.traits ?? [])],
  themes: [...parts.themes, ...(extra.themes ?? [])],
});

/**
 * Short descriptive names for every segment of one segmentation, unique within it: each starts from
 * how the segment buys and its leading photo theme (「高頻度・高額購入／犬の写真が多い層（S2）」, "frequent,
 * big-spending customers who post dog photos (S2)"); where two come out alike, the next feature that
 * tells them apart is added (recent buying, photo posting, a second theme), then a contrast between
 * them on the measure they differ most in (「購入額が多め」 / 「購入額が少なめ」), and only for segments
 * alike in all of that a letter. Ids only in brackets; aggregates only; a theme too few customers
 * posted in is never used (see {@link DescribableThemes}).
 */
export function segmentLabels(
  segments: readonly SegmentProfile[],
  themes: DescribableThemes,
  language: Language,
): string[] {
  const minimumZ = minimumThemeZ(segments);
  let parts = segments.map((segment) => baseParts(segment, themes, language, minimumZ));
  for (const refine of refinements) {
    const groups = collisions(parts);
    if (groups.length === 0) break;
    for (const group of groups) {
      const extras = group.map((index) => refine(segments[index]!, themes, language, minimumZ));
      const keys = new Set(extras.map((extra) => JSON.stringify(extra)));
      // Only a feature that tells this group apart is added; one all of them share would lengthen every name.
      if (keys.size > 1) group.forEach((index, position) => (parts[index] = add(parts[index]!, extras[position]!)));
    }
  }
  const used = new Set<string>();
  for (let round = 0; round < contrastFeatures.length; round += 1) {
    const groups = collisions(parts);
    if (groups.length === 0) break;
    parts = [...parts];
    for (const group of groups) {
      const contrast = widestContrast(
        group.map((index) => segments[index]!),
        used,
      );
      if (!contrast) continue;
      used.add(contrast.feature);
      const values = group.map((index) => mean(segments[index]!, contrast.feature) ?? 0);
      const highest = maxOf(values);
      const lowest = minOf(values);
      group.forEach((index, position) => {
        const value = values[position]!;
        const rank = value === highest ? 'more' : value === lowest ? 'less' : 'middle';
        parts[index] = contrasted(parts[index]!, contrast, rank, language, group.length === 2);
      });
    }
  }
  for (const group of collisions(parts))
    group.forEach((index, position) => {
      parts[index] = add(parts[index]!, {
        traits: [translate(names.traitGroup, language, { letter: String.fromCharCode(65 + (position % 26)) })],
      });
    });
  return segments.map((segment, index) => render(segment, parts[index]!, language));
}

/** The measure (not yet used) on which these segments differ most, as the ratio of the highest mean to the lowest. */
function widestContrast(
  group: readonly SegmentProfile[],
  used: ReadonlySet<string>,
): (typeof contrastFeatures)[number] | undefined {
  let best: (typeof contrastFeatures)[number] | undefined;
  let widest = 1;
  for (const candidate of contrastFeatures) {
    if (used.has(candidate.feature)) continue;
    const values = group.map((segment) => mean(segment, candidate.feature) ?? 0);
    const highest = maxOf(values);
    const lowest = minOf(values);
    const ratio = lowest > 0 ? highest / lowest : highest > 0 ? Number.POSITIVE_INFINITY : 1;
    if (ratio > widest) {
      widest = ratio;
      best = candidate;
    }
  }
  return best;
}

/**
 * One segment's name, unique among the segments of its segmentation ({@link segmentLabels}): pass every
 * segment of the run, so two segments never read alike.
 */
export function segmentLabel(
  segment: SegmentProfile,
  segments: readonly SegmentProfile[],
  themes: DescribableThemes,
  language: Language,
): string {
  const index = segments.findIndex((candidate) => candidate.id === segment.id);
  if (index < 0) return segmentLabels([segment], themes, language)[0]!;
  return segmentLabels(segments, themes, language)[index]!;
}
