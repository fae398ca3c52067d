import { featureLabel } from '../shared/feature-label.ts';
import { quoteData } from '../../core/quote-data.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { isMentionable, isThemeFeature } from './is-mentionable.ts';
import { standsAboveChance } from '../shared/segment-label.ts';
import type { DescribeClusterData } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from describe_cluster, in English. */
export function summarizeCluster(result: DescribeClusterData): string {
  if (result.kind === 'theme') {
    const { theme } = result;
    return [
      `Theme T${theme.id} "${theme.name}" (run ${result.runId}): ${groupDigits(theme.size)} photos from ${groupDigits(theme.customers)} customers, ${formatPercent(theme.share)} of all photos.`,
      `Most common labels: ${theme.labels.map((label) => `${label.label} ${formatPercent(label.share)}`).join(', ')}.`,
      `Segments posting it most: ${result.segmentsOverIndexing
        .slice(0, 3)
        .map(
          (entry) =>
            `S${entry.segment} (${formatPercent(entry.share)} of their photos, ×${formatNumber(entry.lift)} vs all)`,
        )
        .join(', ')}.`,
    ].join('\n');
  }
  const { segment, label, themeNames } = result;
  // Themes too few customers posted in are left out of the over/under-index lists altogether.
  const ranked = segment.features
    .filter((feature) => feature.lift !== null && isMentionable(feature.name, result.describableThemeIds))
    .sort((left, right) => right.lift! - left.lift!);
  const featureName = (name: string): string =>
    name.startsWith('theme_') ? `share of photos in ${featureLabel(name, themeNames)}` : featureLabel(name);
  // A theme share a random group of this size often reaches is flagged, so the model does not call it a trait.
  const chance = (feature: (typeof ranked)[number]): string =>
    isThemeFeature(feature.name) && !standsAboveChance(feature, result.minimumThemeZ) ? ' (within chance)' : '';
  const rfm = segment.meanRfm;
  return [
    `${label} (run ${result.runId}, dataset ${quoteData(result.dataset)}): ${groupDigits(segment.size)} customers, ${formatPercent(segment.share)} of ${result.customerCount}.`,
    `Behavior: last purchase ${formatNumber(rfm.recencyDays, 0)} days ago on average, ${formatNumber(rfm.frequency)} purchases, total spend ${formatNumber(rfm.monetary)}; RFM scores R ${formatNumber(rfm.recencyScore)} / F ${formatNumber(rfm.frequencyScore)} / M ${formatNumber(rfm.monetaryScore)} (1–5).`,
    segment.meanLifetimeValue === null
      ? 'Lifetime value: not estimated for this dataset.'
      : `Mean 12-month CLV: ${formatNumber(segment.meanLifetimeValue)}.`,
    `Over-indexes on: ${ranked
      .slice(0, 4)
      .map((feature) => `${featureName(feature.name)} ×${formatNumber(feature.lift!)}${chance(feature)}`)
      .join(', ')}.`,
    `Under-indexes on: ${ranked
      .slice(Math.max(4, ranked.length - 3))
      .reverse()
      .map((feature) => `${featureName(feature.name)} ×${formatNumber(feature.lift!)}`)
      .join(', ')}.`,
  ].join('\n');
}
