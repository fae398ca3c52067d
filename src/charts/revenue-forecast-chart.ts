import type { CurrencyCode } from '../core/format/currency-code.ts';
import type { Language } from '../core/language.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { groupColours, layeredChart } from './layered-chart.ts';
import { moneyChannel } from './money-axis.ts';

/** One period: actual revenue, or the forecast with its range. Texts are already formatted. */
export interface RevenuePeriod {
  label: string;
  value: number;
  kind: 'actual' | 'forecast';
  low?: number;
  high?: number;
  valueText: string;
}

/** Input of {@link buildRevenueForecastChart}. */
export interface RevenueForecastChartInput {
  /** Oldest first; the forecast last. */
  periods: readonly RevenuePeriod[];
  subtitle: string;
  /** The dataset's currency: the revenue axis is labelled in it. */
  currency: CurrencyCode;
}

const words = {
  ja: {
    title: '売上の実績と次の期間の予測',
    axis: (unit: string) => `売上（${unit}）`,
    actual: '実績',
    forecast: '予測（90%の幅）',
  },
  en: {
    title: 'Revenue: actual and next-period forecast',
    axis: (unit: string) => `Revenue (${unit})`,
    actual: 'Actual',
    forecast: 'Forecast (90% range)',
  },
} as const;

/** Columns of past revenue per period, then the forecast column with a whisker for its range. */
export function buildRevenueForecastChart(input: RevenueForecastChartInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'Revenue forecast chart';
  const periods = chartInputChecks.nonEmpty(input.periods, chart, 'periods');
  const labels = chartInputChecks.uniqueLabels(
    periods.map((period) => period.label),
    periods.map((_, index) => index + 1),
  );
  const rows = periods.map((period, index) => ({
    period: labels[index],
    value: chartInputChecks.finite(period.value, chart, `revenue of "${period.label}"`, true),
    low: period.low ?? period.value,
    high: period.high ?? period.value,
    kind: period.kind === 'actual' ? text.actual : text.forecast,
    label: period.valueText,
  }));
  const x = { field: 'period', type: 'ordinal', sort: labels, title: null, axis: { labelAngle: 0 } } as const;
  const y = moneyChannel(
    'value',
    rows.flatMap((row) => [row.value, row.high]),
    input.currency,
    language,
    text.axis,
    { zero: true, roundEnds: true },
  );
  const color = groupColours('kind', [
    { name: text.actual, colour: '#4c78a8' },
    { name: text.forecast, colour: '#f58518' },
  ]);
  return layeredChart({
    language,
    title: text.title,
    subtitle: input.subtitle,
    rows,
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 2, opacity: 0.85 }, encoding: { x, y, color } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } },
      {
        mark: { type: 'text', dy: -8, baseline: 'bottom' },
        encoding: { x, y: { ...y, field: 'high' }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  });
}
