import type { Language } from '../core/language.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { localeOf } from '../core/message-catalog.ts';

/** One segment's at-risk customers; `valueText` is the value at stake already formatted in its currency. */
export interface ChurnRiskBar {
  label: string;
  atRisk: number;
  valueText: string;
}

/** Input of {@link buildChurnRiskChart}. */
export interface ChurnRiskChartInput {
  bars: readonly ChurnRiskBar[];
  /** The rule in words, shown as the subtitle. */
  rule: string;
}

const words = {
  ja: {
    most: (name: string, count: string) => `解約リスクのある優良顧客が最も多いのは${name}（${count}人）`,
    axis: '解約リスクのある優良顧客（人）',
    people: '人',
  },
  en: {
    most: (name: string, count: string) => `Most valuable customers at risk are in ${name} (${count})`,
    axis: 'Valuable customers at risk',
    people: '',
  },
} as const;

/** Horizontal bars of at-risk customers per segment, each labelled with the count and the value at stake. */
export function buildChurnRiskChart(input: ChurnRiskChartInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'Churn risk chart';
  const bars = chartInputChecks.nonEmpty(input.bars, chart, 'bars');
  const labels = chartInputChecks.uniqueLabels(
    bars.map((bar) => bar.label),
    bars.map((_, index) => index + 1),
  );
  const rows = bars.map((bar, index) => {
    const atRisk = chartInputChecks.finite(bar.atRisk, chart, `at-risk customers of "${bar.label}"`, true);
    return { group: labels[index], atRisk, label: `${atRisk}${text.people} · ${bar.valueText}` };
  });
  const y = { field: 'group', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 320 } } as const;
  const x = {
    field: 'atRisk',
    type: 'quantitative',
    title: text.axis,
    axis: { format: ',d', tickMinStep: 1 },
  } as const;
  // The title says the finding: where most of the valuable customers at risk are.
  const most = rows.reduce((top, row) => (row.atRisk > top.atRisk ? row : top), rows[0]!);
  return {
    language,
    title: text.most(bars[rows.indexOf(most)]!.label, most.atRisk.toLocaleString(localeOf(language))),
    subtitle: input.rule,
    view: {
      width: 520,
      height: { step: 32 },
      data: { values: rows },
      layer: [
        { mark: { type: 'bar', cornerRadiusEnd: 2, color: '#d9822b' }, encoding: { y, x } },
        { mark: { type: 'text', align: 'left', dx: 5 }, encoding: { y, x, text: { field: 'label', type: 'nominal' } } },
      ],
    },
  };
}
