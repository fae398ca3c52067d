import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import type { DescribableThemes } from '../../engine/themes/describable-themes.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { sharedMessages } from './shared-messages.ts';

/**
 * A short descriptive name for a segment from what sets it apart — how it buys and its leading photo
 * theme — with the id only in brackets: 「高頻度・高単価／犬の写真が多い層（S2）」, "frequent, high-spend
 * customers who post dog photos (S2)". Built from aggregates only; a theme too few customers posted in
 * is never used (see {@link DescribableThemes}).
 */
export function segmentLabel(segment: SegmentProfile, themes: DescribableThemes, language: Language): string {
  const leading = segment.topThemes.find((entry) => themes.has(entry.theme));
  const named = leading && (leading.lift ?? 0) > 1.2 ? themes.name(leading.theme, language) : undefined;
  // The label carries the concept only; example labels belong in theme descriptions.
  const theme = named?.replace(/（例[:：].*）$|\s*\(e\.g\..*\)$/u, '');
  const lift = (name: string): number => segment.features.find((feature) => feature.name === name)?.lift ?? 1;
  const word = (message: Readonly<Record<Language, string>>): string => translate(message, language);
  const traits = [
    lift('frequency') > 1.25
      ? word(sharedMessages.traitFrequent)
      : lift('frequency') < 0.8
        ? word(sharedMessages.traitRare)
        : null,
    lift('monetary') > 1.25
      ? word(sharedMessages.traitHighSpend)
      : lift('monetary') < 0.8
        ? word(sharedMessages.traitLowSpend)
        : null,
    lift('recency_days') > 1.5 ? word(sharedMessages.traitLapsing) : null,
  ].filter((trait): trait is string => trait !== null);
  const params = { traits: traits.join(word(sharedMessages.traitSeparator)), theme: theme ?? '', id: segment.id };
  const message =
    traits.length > 0
      ? theme
        ? sharedMessages.segmentNameTraitsTheme
        : sharedMessages.segmentNameTraits
      : theme
        ? sharedMessages.segmentNameTheme
        : sharedMessages.segmentNameAverage;
  return translate(message, language, params);
}
