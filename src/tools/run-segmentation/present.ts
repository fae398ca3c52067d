import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { presentNotes } from '../shared/analysis-notes.ts';
import { formatMoney } from '../../core/format/format-money.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { segmentationMessages as messages } from './messages.ts';
import type { RunSegmentationData } from './result.ts';

/** run_segmentation's result for a reader, in Japanese or English. */
export function presentSegmentation(result: RunSegmentationData, language: Language): string {
  const best = [...result.segments].sort(
    (left, right) => (right.meanLifetimeValue ?? 0) - (left.meanLifetimeValue ?? 0),
  )[0];
  const lines = [
    translate(messages.overview, language, {
      customers: result.customerCount,
      photos: result.photoCount,
      themes: result.themes.length,
      segments: result.segments.length,
      runId: result.runId,
    }),
    '',
    ...result.segments.map((segment, index) =>
      translate(messages.segment, language, {
        label: result.labels[index] ?? `S${segment.id}`,
        size: segment.size,
        share: formatPercent(segment.share),
        purchases: formatNumber(segment.meanRfm.frequency),
        spend: formatMoney(segment.meanRfm.monetary, result.currency, language),
        days: formatNumber(segment.meanRfm.recencyDays, 0),
        value:
          segment.meanLifetimeValue === null ? null : formatMoney(segment.meanLifetimeValue, result.currency, language),
      }),
    ),
  ];
  if (best && best.meanLifetimeValue !== null) {
    const label = result.labels[result.segments.indexOf(best)] ?? `S${best.id}`;
    lines.push('', translate(messages.meaning, language, { label }));
  }
  const notes = presentNotes(result.warnings, language);
  if (notes) lines.push('', notes);
  return lines.join('\n');
}
