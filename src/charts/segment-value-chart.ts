import { maxOf } from '../engine/statistics/extremes.ts';
import type { ChartSpec } from './chart-types.ts';
import { ChartError } from './chart-error.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import type { Language } from '../core/language.ts';
import { localeOf } from '../core/message-catalog.ts';
import { formatMoney } from '../core/format/format-money.ts';

/** RFM means and mean lifetime value of one segment. */
export interface SegmentValue {
  id: number;
  /** Display name; defaults to 「セグメント {id}」 / "Segment {id}". */
  label?: string;
  meanRecencyDays: number;
  meanFrequency: number;
  meanMonetary: number;
  /** Null when CLV was not computed; the CLV panel is left out when no segment has one. */
  meanLifetimeValue: number | null;
}

/** Input of {@link buildSegmentValueChart}. */
export interface SegmentValueInput {
  segments: readonly SegmentValue[];
  /** ISO 4217 code of the money columns, e.g. 'JPY'; null shows plain numbers. */
  currency: string | null;
}

type Metric = 'recency' | 'frequency' | 'monetary' | 'lifetimeValue';

const words = {
  ja: {
    amount: '金額',
    yen: '円',
    bestValue: (name: string, value: string) => `顧客生涯価値が最も高いのは${name}（1人${value}）`,
    bestSpend: (name: string, value: string) => `累計購入額が最も多いのは${name}（1人${value}）`,
    segment: 'セグメント',
    subtitle: '日数は小さいほど最近購入。各パネルの横軸は別々の目盛りです',
    noLifetimeValue: '（顧客生涯価値は未計算）',
    metrics: {
      recency: '最終購入からの平均日数（日）',
      frequency: '1人あたりの購入回数（回）',
      monetary: (unit: string) => `1人あたりの累計購入額（${unit}）`,
      lifetimeValue: (unit: string) => `今後12か月の顧客生涯価値（1人あたり、${unit}）`,
    },
    days: (value: string) => `${value} 日`,
    times: (value: string) => `${value} 回`,
  },
  en: {
    amount: 'amount',
    yen: null,
    bestValue: (name: string, value: string) => `${name} has the highest lifetime value (${value} per customer)`,
    bestSpend: (name: string, value: string) => `${name} spends the most (${value} per customer)`,
    segment: 'Segment',
    subtitle: 'Fewer days = bought more recently. Each panel has its own scale',
    noLifetimeValue: ' (lifetime value not computed)',
    metrics: {
      recency: 'Days since the last purchase (mean, days)',
      frequency: 'Purchases per customer (count)',
      monetary: (unit: string) => `Total spend per customer (${unit})`,
      lifetimeValue: (unit: string) => `Next-12-month lifetime value per customer (${unit})`,
    },
    days: (value: string) => `${value} days`,
    times: (value: string) => value,
  },
} as const;

/**
 * Small multiples, one panel per measure (recency, frequency, monetary, CLV), each a horizontal bar
 * per segment. Separate panels with their own scales because days, counts and money share no unit.
 */
export function buildSegmentValueChart(input: SegmentValueInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'Segment value chart';
  const segments = chartInputChecks.nonEmpty(input.segments, chart, 'segments');
  const locale = localeOf(language);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = moneyFormat(locale, input.currency, language);
  const labels = chartInputChecks.uniqueLabels(
    segments.map((segment) => segment.label ?? `${text.segment} ${segment.id}`),
    segments.map((segment) => segment.id),
  );
  const hasLifetimeValue = segments.some((segment) => segment.meanLifetimeValue !== null);
  const metrics: Metric[] = hasLifetimeValue
    ? ['recency', 'frequency', 'monetary', 'lifetimeValue']
    : ['recency', 'frequency', 'monetary'];

  const unit = currencyUnit(locale, input.currency, text);
  const metricTitle = (metric: Metric): string => {
    const title = text.metrics[metric];
    return typeof title === 'string' ? title : title(unit);
  };
  const rows: { segment: string; metric: string; value: number; label: string }[] = [];
  segments.forEach((segment, index) => {
    const segmentLabel = labels[index] as string;
    const add = (metric: Metric, value: number, label: string): void => {
      rows.push({ segment: segmentLabel, metric: metricTitle(metric), value, label });
    };
    const recency = chartInputChecks.finite(
      segment.meanRecencyDays,
      chart,
      `meanRecencyDays of segment ${segment.id}`,
      true,
    );
    const frequency = chartInputChecks.finite(
      segment.meanFrequency,
      chart,
      `meanFrequency of segment ${segment.id}`,
      true,
    );
    const monetary = chartInputChecks.finite(segment.meanMonetary, chart, `meanMonetary of segment ${segment.id}`);
    add('recency', recency, text.days(decimal.format(recency)));
    add('frequency', frequency, text.times(decimal.format(frequency)));
    add('monetary', monetary, money.format(monetary));
    if (segment.meanLifetimeValue !== null) {
      const lifetimeValue = chartInputChecks.finite(
        segment.meanLifetimeValue,
        chart,
        `meanLifetimeValue of segment ${segment.id}`,
      );
      add('lifetimeValue', lifetimeValue, money.format(lifetimeValue));
    }
  });

  const y = { field: 'segment', type: 'nominal', sort: labels, title: null } as const;
  const x = { field: 'value', type: 'quantitative', title: null, axis: { tickCount: 4 } } as const;
  // The title says the finding: the segment worth most (lifetime value, else total spend), by name.
  const byValue = hasLifetimeValue
    ? segments.map((segment) => segment.meanLifetimeValue ?? Number.NEGATIVE_INFINITY)
    : segments.map((segment) => segment.meanMonetary);
  const top = byValue.indexOf(maxOf(byValue));
  const topName = segments[top]!.label ?? labels[top]!;
  return {
    language,
    title: (hasLifetimeValue ? text.bestValue : text.bestSpend)(topName, money.format(byValue[top]!)),
    subtitle: hasLifetimeValue ? text.subtitle : `${text.subtitle}${text.noLifetimeValue}`,
    view: {
      data: { values: rows },
      facet: {
        field: 'metric',
        type: 'nominal',
        sort: metrics.map(metricTitle),
        title: null,
        header: { labelAnchor: 'start', labelPadding: 6 },
      },
      columns: 2,
      spacing: { row: 24, column: 48 },
      spec: {
        width: 260,
        height: { step: 24 },
        layer: [
          { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { y, x } },
          {
            mark: { type: 'text', align: 'left', dx: 4 },
            encoding: { y, x, text: { field: 'label', type: 'nominal' } },
          },
        ],
      },
      // Segments are the same in every panel, so the y axis is drawn once per row.
      resolve: { scale: { x: 'independent' } },
    },
  };
}

/** The money unit in an axis title: 円 in Japanese for yen, else the currency's symbol ($, €), else its code. */
function currencyUnit(locale: string, currency: string | null, text: { amount: string; yen: string | null }): string {
  if (currency === null) return text.amount;
  if (currency === 'JPY' && text.yen !== null) return text.yen;
  const symbol = moneyFormat(locale, currency)
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value;
  return symbol ?? currency;
}

/**
 * Money as the answer's text writes it (formatMoney: 「27,109円」 in Japanese, not ja-JP's full-width
 * 「￥27,109」), whole units; `language` absent: the bare Intl format, for reading the currency's symbol.
 */
function moneyFormat(
  locale: string,
  currency: string | null,
  language?: Language,
): { format(value: number): string; formatToParts(value: number): Intl.NumberFormatPart[] } {
  if (currency === null) return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    if (language === undefined) return format;
    return {
      format: (value: number) => formatMoney(Math.round(value), currency, language),
      formatToParts: (value: number) => format.formatToParts(value),
    };
  } catch (error) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      `Segment value chart: "${currency}" is not an ISO 4217 currency code; use e.g. JPY, or null.`,
      { currency },
      { cause: error },
    );
  }
}
