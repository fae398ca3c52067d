import { maxOf } from '../engine/statistics/extremes.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import type { Language } from '../core/language.ts';
import { localeOf } from '../core/message-catalog.ts';

/** One segment as the size chart needs it. */
export interface SegmentSize {
  id: number;
  /** Display name, e.g. 「若年層・写真好き」; defaults to 「セグメント {id}」 / "Segment {id}". */
  label?: string;
  customers: number;
}

/** Input of {@link buildSegmentSizesChart}. */
export interface SegmentSizesInput {
  /** In display order (the engine returns the largest segment first). */
  segments: readonly SegmentSize[];
}

const words = {
  ja: {
    largest: (name: string, customers: string, share: string) => `最も大きいのは${name}（${customers}人・${share}）`,
    axis: '顧客数（人）',
    segment: 'セグメント',
    summary: (total: string, count: number) => `合計 ${total} 人 · ${count} セグメント`,
  },
  en: {
    largest: (name: string, customers: string, share: string) =>
      `The largest segment is ${name} (${customers} customers, ${share})`,
    axis: 'Customers',
    segment: 'Segment',
    summary: (total: string, count: number) => `${total} customers in ${count} segments`,
  },
} as const;

/** Horizontal bars of customers per segment, each labelled with its count and share of all customers. */
export function buildSegmentSizesChart(input: SegmentSizesInput, language: Language): ChartSpec {
  const text = words[language];
  const segments = chartInputChecks.nonEmpty(input.segments, 'Segment sizes chart', 'segments');
  const counts = segments.map((segment) =>
    chartInputChecks.finite(segment.customers, 'Segment sizes chart', `customers of segment ${segment.id}`, true),
  );
  const total = counts.reduce((sum, count) => sum + count, 0);
  const labels = chartInputChecks.uniqueLabels(
    segments.map((segment) => segment.label ?? `${text.segment} ${segment.id}`),
    segments.map((segment) => segment.id),
  );
  const integer = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  const rows = segments.map((_, index) => {
    const customers = counts[index] as number;
    const share = total > 0 ? customers / total : 0;
    return { segment: labels[index], customers, label: `${integer.format(customers)} (${(100 * share).toFixed(1)}%)` };
  });
  const y = { field: 'segment', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 320 } } as const;
  const x = {
    field: 'customers',
    type: 'quantitative',
    title: text.axis,
    axis: { format: ',d', tickMinStep: 1, tickCount: 6 },
  } as const;
  // The title says the finding: the largest segment, by name, with its count and share.
  const largest = counts.indexOf(maxOf(counts));
  const largestShare = total > 0 ? counts[largest]! / total : 0;
  return {
    language,
    title: text.largest(
      segments[largest]!.label ?? labels[largest]!,
      integer.format(counts[largest]!),
      `${(100 * largestShare).toFixed(1)}%`,
    ),
    subtitle: text.summary(integer.format(total), segments.length),
    view: {
      width: 560,
      height: { step: 30 },
      data: { values: rows },
      layer: [
        { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { y, x } },
        { mark: { type: 'text', align: 'left', dx: 5 }, encoding: { y, x, text: { field: 'label', type: 'nominal' } } },
      ],
    },
  };
}
