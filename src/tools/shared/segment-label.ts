import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import type { DescribableThemes } from '../../engine/themes/describable-themes.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { sharedMessages } from './shared-messages.ts';

/**
 * A short human name for a segment from what sets it apart: its leading visual theme and how it buys,
 * e.g. "S2 · golden retriever / beagle · frequent, high spend". Built from aggregates only; a theme
 * too few customers posted in is never used (see {@link DescribableThemes}).
 */
export function segmentLabel(segment: SegmentProfile, themes: DescribableThemes, language: Language): string {
  const leading = segment.topThemes.find((entry) => themes.has(entry.theme));
  const theme = leading && (leading.lift ?? 0) > 1.2 ? themes.name(leading.theme, language) : undefined;
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
  return [`S${segment.id}`, theme, traits.join(word(sharedMessages.traitSeparator)) || null]
    .filter(Boolean)
    .join(' · ');
}
