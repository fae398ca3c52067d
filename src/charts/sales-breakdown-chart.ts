import type { CurrencyCode } from '../core/format/currency-code.ts';
import type { Language } from '../core/language.ts';
import { pick } from '../core/message-catalog.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { defaultChartSize, layeredChart } from './layered-chart.ts';
import { moneyAxis, moneyUnit } from './money-axis.ts';

/** One bar: a period or a value; `value` null for a row withheld for privacy (no bar, a note). */
export interface SalesBreakdownBar {
  label: string;
  value: number | null;
  /** The value as the answer writes it (「1,234,567円」, 「注文80件」), or the withheld note. */
  valueText: string;
  /** A period not complete yet (the data ends inside it): drawn lighter, so its drop is not read as a fall. */
  partial?: boolean;
}

/** Input of {@link buildSalesBreakdownChart}; texts arrive in the reader's language. */
export interface SalesBreakdownChartInput {
  /** `time`: columns in period order; `category`: horizontal bars in the order given (largest first). */
  kind: 'time' | 'category';
  bars: readonly SalesBreakdownBar[];
  /** The dataset's currency when the bars are money; null for counts. */
  currency: CurrencyCode | null;
  /** What the value axis measures (「売上」, "Orders (count)"); the money unit is added for money. */
  axisTitle: string;
  /** The finding (「売上は東京が最大（全体の31%）」), not the chart's topic. */
  title: string;
  subtitle?: string;
}

/** Above this many periods the value labels over the columns are left out (they would overlap). */
const labelledColumns = 8;

/**
 * Revenue, orders or customers by period (columns over time) or by value (horizontal bars), the
 * value axis from 0 (a bar's length is its size), money ticks in the dataset's currency. A withheld
 * period keeps its place on the time axis, with no column and a 「非表示」 note at 0.
 */
export function buildSalesBreakdownChart(input: SalesBreakdownChartInput, language: Language): ChartSpec {
  const chart = 'Sales breakdown chart';
  const bars = chartInputChecks.nonEmpty(input.bars, chart, 'bars');
  const labels = chartInputChecks.uniqueLabels(
    bars.map((bar) => bar.label),
    bars.map((_, index) => index + 1),
  );
  const rows = bars.map((bar, index) => ({
    label: labels[index],
    value: bar.value === null ? 0 : chartInputChecks.finite(bar.value, chart, `value of "${bar.label}"`, true),
    shown: bar.value !== null,
    text: bar.valueText,
    opacity: bar.partial ? 0.4 : 1,
  }));
  const values = rows.map((row) => row.value);
  const money =
    input.currency === null ? null : moneyAxis(values, input.currency, language, { zero: true, roundEnds: true });
  const valueAxis = {
    field: 'value',
    type: 'quantitative',
    title:
      input.currency === null
        ? input.axisTitle
        : pick(language, {
            ja: `${input.axisTitle}（${moneyUnit(input.currency, language)}）`,
            en: `${input.axisTitle} (${moneyUnit(input.currency, language)})`,
          }),
    ...(money
      ? { scale: money.scale, axis: money.axis }
      : { scale: { zero: true, nice: true }, axis: { tickCount: 5, format: ',d' } }),
  } as const;
  const shownBars = { filter: 'datum.shown' };
  const hidden = { filter: '!datum.shown' };
  if (input.kind === 'time') {
    const x = {
      field: 'label',
      type: 'ordinal',
      sort: labels,
      title: null,
      axis: { labelAngle: rows.length > labelledColumns ? -40 : 0 },
    } as const;
    return layeredChart({
      language,
      title: input.title,
      ...(input.subtitle ? { subtitle: input.subtitle } : {}),
      rows,
      size: { width: Math.max(defaultChartSize.width, rows.length * 40), height: defaultChartSize.height },
      layer: [
        {
          transform: [shownBars],
          mark: { type: 'bar', cornerRadiusEnd: 2, color: '#4c78a8' },
          encoding: { x, y: valueAxis, opacity: { field: 'opacity', type: 'quantitative', scale: null, legend: null } },
        },
        ...(rows.length <= labelledColumns
          ? [
              {
                transform: [shownBars],
                mark: { type: 'text' as const, dy: -6, baseline: 'bottom' as const },
                encoding: { x, y: valueAxis, text: { field: 'text', type: 'nominal' as const } },
              },
            ]
          : []),
        {
          transform: [hidden],
          mark: { type: 'text', dy: -6, baseline: 'bottom', color: '#888888' },
          encoding: { x, y: valueAxis, text: { field: 'text', type: 'nominal' } },
        },
      ],
    });
  }
  const y = { field: 'label', type: 'nominal', sort: labels, title: null } as const;
  return layeredChart({
    language,
    title: input.title,
    ...(input.subtitle ? { subtitle: input.subtitle } : {}),
    rows,
    size: { width: defaultChartSize.width, height: Math.max(120, rows.length * 30) },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 2, color: '#4c78a8' }, encoding: { y, x: valueAxis } },
      {
        mark: { type: 'text', align: 'left', dx: 4 },
        encoding: { y, x: valueAxis, text: { field: 'text', type: 'nominal' } },
      },
    ],
  });
}
