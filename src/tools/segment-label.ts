import type { SegmentProfile } from '../engine/segments/profile-segments.ts';
import type { DescribableThemes } from '../engine/themes/describable-themes.ts';

/**
 * A short human name for a segment from what sets it apart: its leading visual theme and how it buys,
 * e.g. "S2 · golden retriever / beagle · frequent, high spend". Built from aggregates only; a theme
 * too few customers posted in is never used (see {@link DescribableThemes}).
 */
export function segmentLabel(segment: SegmentProfile, themes: DescribableThemes, language: 'ja' | 'en'): string {
  const leading = segment.topThemes.find((entry) => themes.has(entry.theme));
  const theme = leading && (leading.lift ?? 0) > 1.2 ? themes.name(leading.theme, language) : undefined;
  const lift = (name: string): number => segment.features.find((feature) => feature.name === name)?.lift ?? 1;
  const words =
    language === 'ja'
      ? { frequent: '購入頻度高', rare: '購入頻度低', high: '高単価', low: '低単価', lapsed: '休眠傾向' }
      : { frequent: 'frequent', rare: 'infrequent', high: 'high spend', low: 'low spend', lapsed: 'lapsing' };
  const traits = [
    lift('frequency') > 1.25 ? words.frequent : lift('frequency') < 0.8 ? words.rare : null,
    lift('monetary') > 1.25 ? words.high : lift('monetary') < 0.8 ? words.low : null,
    lift('recency_days') > 1.5 ? words.lapsed : null,
  ].filter((trait): trait is string => trait !== null);
  return [`S${segment.id}`, theme, traits.join(language === 'ja' ? '・' : ', ') || null].filter(Boolean).join(' · ');
}
