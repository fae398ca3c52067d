import { quoteData } from '../../core/quote-data.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { differenceWords, themeGapWords } from './compare-words.ts';
import type { CompareSegmentsData, ComparedGroup } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from compare_segments, in English; money in the dataset's currency code. */
export function summarizeComparison(result: CompareSegmentsData): string {
  const tag = result.kind === 'theme' ? 'T' : 'S';
  const money = (value: number | null): string =>
    value === null ? 'n/a' : `${formatNumber(value)} ${result.currency}`;
  const group = (side: ComparedGroup): string => {
    const summary = side.summary;
    return [
      `${tag}${side.id} ${side.name.en}: ${groupDigits(summary.size)} customers (${formatPercent(summary.share)} of ${result.customerCount})`,
      `revenue to date ${money(summary.revenue)} (${formatPercent(summary.revenueShare)} of all)`,
      `mean 12-month CLV ${money(summary.meanLifetimeValue)}`,
      `average order value ${money(summary.meanOrderValue)}`,
      `${formatNumber(summary.meanOrders)} purchases per customer`,
      `last purchase ${summary.meanRecencyDays === null ? 'n/a' : formatNumber(summary.meanRecencyDays, 0)} days ago on average`,
      `photos most posted: ${side.topThemes.map((entry) => `${entry.name.en} ${formatPercent(entry.share)}`).join(', ') || 'none stands out'}`,
    ].join('; ');
  };
  const differences = [
    ...result.differences.map((entry) => differenceWords(entry, result, 'en')),
    ...result.themeDifferences.map((entry) => themeGapWords(entry, result, 'en')),
  ];
  return [
    `Comparison (run ${result.runId}, dataset ${quoteData(result.dataset)}, per-customer means from their own purchases):`,
    `First: ${group(result.first)}.`,
    `Second: ${group(result.second)}.`,
    result.overlap === null
      ? ''
      : `${groupDigits(result.overlap)} customers posted in both themes and count in both groups.`,
    differences.length === 0 ? 'No measure differs by 15% or more.' : `Biggest differences: ${differences.join('; ')}.`,
  ]
    .filter(Boolean)
    .join('\n');
}
