import type { Language } from '../core/language.ts';
import { maxOf } from '../engine/statistics/extremes.ts';
import { localeOf } from '../core/message-catalog.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';

/** One cell: a month after the first purchase; `rate` only for an observed month. */
export interface CohortRetentionChartCell {
  offset: number;
  status: 'observed' | 'partial' | 'not-yet';
  rate: number | null;
}

/** Input of {@link buildCohortRetentionChart}: labels arrive written in the reader's language. */
export interface CohortRetentionChartInput {
  /** Oldest first-purchase month first. */
  rows: readonly { label: string; size: number; cells: readonly CohortRetentionChartCell[] }[];
  /** The row that keeps customers best, at the month it is ranked at; the title tells it. */
  best: { label: string; rate: number; offset: number } | null;
  /** Median share buying again the month after (the title when there is no ranking). */
  typicalNextMonth: number | null;
  customers: number;
}

const words = {
  ja: {
    when: (offset: number) => (offset === 1 ? '翌月' : `${offset}か月後`),
    best: (label: string, when: string, rate: string) =>
      `${label}に初めて買った人の定着が最もよい（${when}も${rate}が購入）`,
    typical: (rate: string) => `初回購入の翌月にも買う人は約${rate}`,
    plain: '初めて買った月ごとの継続率',
    subtitle: (customers: string, partial: boolean) =>
      `数字は、各月に初めて買った人のうちその月にも買った人の割合（対象は購入した${customers}人）${partial ? '。灰色は途中までの月' : ''}`,
    x: '初回購入から何か月後',
    row: (label: string, size: string) => `${label}（${size}人）`,
  },
  en: {
    when: (offset: number) => (offset === 1 ? 'the month after' : `${offset} months later`),
    best: (label: string, when: string, rate: string) =>
      `Customers who first bought in ${label} stay best (${rate} still buying ${when})`,
    typical: (rate: string) => `About ${rate} buy again the month after their first purchase`,
    plain: 'Retention by month of first purchase',
    subtitle: (customers: string, partial: boolean) =>
      `Share of each first-purchase month's customers who bought in that month (${customers} customers who bought)${partial ? '; grey: month still running' : ''}`,
    x: 'Months after the first purchase',
    row: (label: string, size: string) => `${label} (${size})`,
  },
} as const;

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;

/**
 * A heat map: one row per first-purchase month (oldest on top), one column per month after it; each
 * cell is the share of the row's customers who bought in that month, written as a percentage and
 * shaded on a scale of the later months (month 0 is everyone by definition, drawn neutral so it does
 * not wash out the scale). A month still running is grey with no number; months after the data are empty.
 */
export function buildCohortRetentionChart(input: CohortRetentionChartInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'Cohort retention chart';
  const rows = chartInputChecks.nonEmpty(input.rows, chart, 'rows');
  const integer = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  const labels = chartInputChecks.uniqueLabels(
    rows.map((row) => text.row(row.label, integer.format(row.size))),
    rows.map((_, index) => index + 1),
  );
  const offsets = [...new Set(rows.flatMap((row) => row.cells.map((cell) => cell.offset)))].sort((a, b) => a - b);
  const cells = rows.flatMap((row, index) =>
    row.cells.flatMap((cell) => {
      if (cell.status === 'not-yet') return [];
      const rate =
        cell.status === 'observed'
          ? chartInputChecks.finite(cell.rate ?? Number.NaN, chart, `rate of "${row.label}" month ${cell.offset}`, true)
          : null;
      return [
        {
          cohort: labels[index],
          month: String(cell.offset),
          kind: cell.offset === 0 ? 'base' : cell.status,
          shade: rate ?? 0,
          label: rate === null ? '' : percent(rate),
        },
      ];
    }),
  );
  const later = cells.filter((cell) => cell.kind === 'observed').map((cell) => cell.shade);
  // The scale tops out at the highest later-month share, so small differences still show.
  const top = maxOf([0.05, ...later]);
  const x = {
    field: 'month',
    type: 'ordinal',
    sort: offsets.map(String),
    title: text.x,
    axis: { labelAngle: 0, orient: 'top' },
  } as const;
  const y = { field: 'cohort', type: 'ordinal', sort: labels, title: null, axis: { labelLimit: 260 } } as const;
  const title = input.best
    ? text.best(input.best.label, text.when(input.best.offset), percent(input.best.rate))
    : input.typicalNextMonth !== null
      ? text.typical(percent(input.typicalNextMonth))
      : text.plain;
  return {
    language,
    title,
    subtitle: text.subtitle(
      integer.format(input.customers),
      cells.some((cell) => cell.kind === 'partial'),
    ),
    view: {
      width: { step: 40 },
      height: { step: 26 },
      data: { values: cells },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
          encoding: {
            x,
            y,
            color: {
              condition: [
                { test: "datum.kind === 'base'", value: '#c9ced6' },
                { test: "datum.kind === 'partial'", value: '#ececec' },
              ],
              field: 'shade',
              type: 'quantitative',
              scale: { scheme: 'blues', domain: [0, top], clamp: true },
              legend: null,
            },
          },
        },
        {
          mark: { type: 'text', fontSize: 11 },
          encoding: {
            x,
            y,
            text: { field: 'label', type: 'nominal' },
            color: {
              condition: { test: `datum.kind === 'observed' && datum.shade > ${top * 0.6}`, value: 'white' },
              value: '#222222',
            },
          },
        },
      ],
    },
  };
}
