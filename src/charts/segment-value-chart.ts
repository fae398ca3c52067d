import type { ChartSpec } from './chart-types.ts';
import { ChartError } from './chart-error.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import type { Language } from '../core/language.ts';
import { localeOf } from '../core/message-catalog.ts';

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
    title: 'セグメント別の RFM と顧客生涯価値',
    segment: 'セグメント',
    subtitle: 'R は小さいほど最近購入。各パネルの横軸は別々の目盛りです',
    noLifetimeValue: '（CLV は未計算）',
    metrics: {
      recency: '最終購入からの平均日数（R）',
      frequency: '平均購入回数（F）',
      monetary: '平均購入金額（M）',
      lifetimeValue: '平均顧客生涯価値（CLV）',
    },
    days: (value: string) => `${value} 日`,
    times: (value: string) => `${value} 回`,
  },
  en: {
    title: 'RFM and customer lifetime value by segment',
    segment: 'Segment',
    subtitle: 'Lower R = bought more recently. Each panel has its own scale',
    noLifetimeValue: ' (CLV not computed)',
    metrics: {
      recency: 'Mean days since last purchase (R)',
      frequency: 'Mean purchases (F)',
      monetary: 'Mean spend (M)',
      lifetimeValue: 'Mean lifetime value (CLV)',
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
  const money = moneyFormat(locale, input.currency);
  const labels = chartInputChecks.uniqueLabels(
    segments.map((segment) => segment.label ?? `${text.segment} ${segment.id}`),
    segments.map((segment) => segment.id),
  );
  const hasLifetimeValue = segments.some((segment) => segment.meanLifetimeValue !== null);
  const metrics: Metric[] = hasLifetimeValue
    ? ['recency', 'frequency', 'monetary', 'lifetimeValue']
    : ['recency', 'frequency', 'monetary'];

  const rows: { segment: string; metric: string; value: number; label: string }[] = [];
  segments.forEach((segment, index) => {
    const segmentLabel = labels[index] as string;
    const add = (metric: Metric, value: number, label: string): void => {
      rows.push({ segment: segmentLabel, metric: text.metrics[metric], value, label });
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
  return {
    language,
    title: text.title,
    subtitle: hasLifetimeValue ? text.subtitle : `${text.subtitle}${text.noLifetimeValue}`,
    view: {
      data: { values: rows },
      facet: {
        field: 'metric',
        type: 'nominal',
        sort: metrics.map((metric) => text.metrics[metric]),
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

function moneyFormat(locale: string, currency: string | null): Intl.NumberFormat {
  if (currency === null) return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch (error) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      `Segment value chart: "${currency}" is not an ISO 4217 currency code; use e.g. JPY, or null.`,
      { currency },
      { cause: error },
    );
  }
}
