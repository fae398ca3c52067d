import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { quoteData } from '../../core/quote-data.ts';
import type { RunSegmentationData } from './result.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { maxOf } from '../../engine/statistics/extremes.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from run_segmentation: every segment's figures, the themes, the CLV model, the notes. */
export function summarizeSegmentation(result: RunSegmentationData): string {
  const { labels, minimumGroupSize } = result;
  const analysis = result;
  const describable = describableThemes(result.themes, minimumGroupSize);
  const best = (scores: RunSegmentationData['segmentSilhouette']): string =>
    scores ? ` (chosen by silhouette ${formatNumber(maxOf(scores.map((score) => score.silhouette)), 3)})` : '';
  const lines = [
    `Segmentation run ${analysis.runId} of dataset ${quoteData(analysis.datasetName)}: ${groupDigits(analysis.customerCount)} customers, ${groupDigits(analysis.photoCount)} photos, data up to ${analysis.asOf.toISOString().slice(0, 10)}.`,
    `Visual themes: ${analysis.themes.length}${best(analysis.themeSilhouette)}. Largest: ${describable.themes
      .slice(0, 8)
      .map(
        (theme) =>
          `T${theme.id} "${theme.name}" ${formatPercent(theme.share)} of photos, ${groupDigits(theme.customers)} customers`,
      )
      .join('; ')}.`,
    `Segments: ${analysis.segments.length}${best(analysis.segmentSilhouette)}.`,
    ...analysis.segments.map((segment, index) => {
      const themes = segment.topThemes
        .filter((entry) => describable.has(entry.theme))
        .map(
          (entry) =>
            `T${entry.theme} ${formatPercent(entry.share)} of photos${entry.lift === null ? '' : ` (×${formatNumber(entry.lift, 1)} vs all)`}`,
        )
        .join(', ');
      const value =
        segment.meanLifetimeValue === null ? '' : `, mean 12-month CLV ${formatNumber(segment.meanLifetimeValue)}`;
      return `- ${labels[index]}: ${groupDigits(segment.size)} customers (${formatPercent(segment.share)}); last purchase ${formatNumber(segment.meanRfm.recencyDays, 0)} days ago on average, ${formatNumber(segment.meanRfm.frequency)} purchases, total spend ${formatNumber(segment.meanRfm.monetary)}${value}; top themes: ${themes || 'none large enough to describe'}.`;
    }),
  ];
  if (analysis.lifetimeValue) {
    const { purchaseModel: purchase, spendModel: spend } = analysis.lifetimeValue;
    lines.push(
      `CLV: BG/NBD (r ${formatNumber(purchase.r, 3)}, alpha ${formatNumber(purchase.alpha, 3)}, a ${formatNumber(purchase.a, 3)}, b ${formatNumber(purchase.b, 3)}) and Gamma-Gamma (p ${formatNumber(spend.p, 3)}, q ${formatNumber(spend.q, 3)}, gamma ${formatNumber(spend.gamma, 3)}), ${analysis.lifetimeValue.horizonMonths} months, ${formatPercent(analysis.lifetimeValue.monthlyDiscountRate)} monthly discount.`,
    );
  }
  if (analysis.warnings.length > 0)
    lines.push(`Notes: ${analysis.warnings.map((warning) => warning.message).join(' ')}`);
  return lines.join('\n');
}
