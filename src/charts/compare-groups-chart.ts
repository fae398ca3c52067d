import type { Language } from '../core/language.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';

/** One measure of the two groups; values with their formatted texts ("52,000円", "3.1回"). */
export interface ComparedMeasureRow {
  /** Panel heading, with its unit: 「顧客生涯価値（1人あたり、円）」. */
  title: string;
  first: number;
  second: number;
  firstText: string;
  secondText: string;
}

/** Input of {@link buildCompareGroupsChart}: texts arrive written, in the reader's language. */
export interface CompareGroupsChartInput {
  /** The finding, e.g. 「S1はS2より顧客生涯価値が2.1倍高い」. */
  title: string;
  subtitle?: string;
  names: readonly [string, string];
  measures: readonly ComparedMeasureRow[];
}

const colours = ['#4c78a8', '#f58518'] as const;

/**
 * Two groups side by side: one small panel per measure (money, counts and days share no unit, so each
 * panel has its own scale), a bar per group in the same two colours throughout, the value written at
 * the bar's end.
 */
export function buildCompareGroupsChart(input: CompareGroupsChartInput, language: Language): ChartSpec {
  const chart = 'Compare groups chart';
  const measures = chartInputChecks.nonEmpty(input.measures, chart, 'measures');
  const names = chartInputChecks.uniqueLabels(input.names, [1, 2]);
  const rows = measures.flatMap((measure) => [
    {
      measure: measure.title,
      group: names[0],
      value: chartInputChecks.finite(measure.first, chart, `first value of "${measure.title}"`, true),
      label: measure.firstText,
    },
    {
      measure: measure.title,
      group: names[1],
      value: chartInputChecks.finite(measure.second, chart, `second value of "${measure.title}"`, true),
      label: measure.secondText,
    },
  ]);
  const y = { field: 'group', type: 'nominal', sort: names, title: null } as const;
  const x = { field: 'value', type: 'quantitative', title: null, axis: { tickCount: 3 } } as const;
  const color = {
    field: 'group',
    type: 'nominal',
    scale: { domain: names, range: [...colours] },
    legend: null,
  } as const;
  return {
    language,
    title: input.title,
    ...(input.subtitle ? { subtitle: input.subtitle } : {}),
    view: {
      data: { values: rows },
      facet: {
        field: 'measure',
        type: 'nominal',
        sort: measures.map((measure) => measure.title),
        title: null,
        header: { labelAnchor: 'start', labelPadding: 6 },
      },
      columns: 2,
      spacing: { row: 24, column: 56 },
      spec: {
        width: 240,
        height: { step: 26 },
        layer: [
          { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { y, x, color } },
          {
            mark: { type: 'text', align: 'left', dx: 4 },
            encoding: { y, x, text: { field: 'label', type: 'nominal' } },
          },
        ],
      },
      resolve: { scale: { x: 'independent' } },
    },
  };
}
