import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { featureMessages } from './shared-messages.ts';

/**
 * A feature name as people read it: `theme_3_share` → `T3` (or `T3 "<theme name>"` when the theme
 * names are given), `recency_days` → `days since the last purchase` (「最終購入からの日数」),
 * `segment_2` → the segment's name when `segmentNames` are given (「高額購入の層（S2）」), else
 * `segment 2`. Unknown names are spelled out with spaces.
 */
export function featureLabel(
  name: string,
  themeNames?: readonly (string | undefined)[],
  language: Language = 'en',
  segmentNames?: readonly (string | undefined)[],
): string {
  const theme = /^theme_(\d+)_share$/.exec(name);
  if (theme) {
    const themeName = themeNames?.[Number(theme[1])];
    // A named theme is its name alone: people never read the internal T-number.
    return themeName === undefined ? `T${theme[1]}` : themeName;
  }
  const segment = /^segment_(\d+)$/.exec(name);
  if (segment && segmentNames?.[Number(segment[1])])
    return translate(featureMessages.inSegment, language, { name: segmentNames[Number(segment[1])]! });
  if (segment) return translate(featureMessages.segment, language, { id: Number(segment[1]) });
  const known = featureMessages[name as keyof typeof featureMessages];
  return known && name !== 'segment' && name !== 'inSegment'
    ? translate(known as (typeof featureMessages)['frequency'], language)
    : name.replaceAll('_', ' ');
}
