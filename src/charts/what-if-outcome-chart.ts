import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import type { Language } from '../core/language.ts';

/** One bar of the simulated outcomes: a range of profit, already formatted, and how many runs fell in it. */
export interface WhatIfOutcomeBin {
  /** Profit range of the bin. */
  from: number;
  to: number;
  count: number;
  /** True when the whole bin is a loss. */
  loss: boolean;
}

/** Input of {@link buildWhatIfOutcomeChart}. */
export interface WhatIfOutcomeChartInput {
  bins: readonly WhatIfOutcomeBin[];
  /** The range and chance in words, e.g. 「90%の確率で ¥-50,000〜¥320,000、黒字の確率 78%」. */
  subtitle: string;
  /** The currency's symbol-free axis title, e.g. 「利益（円）」. */
  axisTitle: string;
}

const words = {
  ja: { title: 'もしもの施策: 利益の見込みの分布', runs: 'シミュレーション回数', loss: '赤字', profit: '黒字' },
  en: { title: 'What-if: the range of profit', runs: 'Simulations', loss: 'Loss', profit: 'Profit' },
} as const;

/** Histogram of the simulated profit (net return), losses in red, with a line at break-even. */
export function buildWhatIfOutcomeChart(input: WhatIfOutcomeChartInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'What-if outcome chart';
  const bins = chartInputChecks.nonEmpty(input.bins, chart, 'bins');
  const rows = bins.map((bin, index) => ({
    from: chartInputChecks.finite(bin.from, chart, `start of bin ${index + 1}`),
    to: chartInputChecks.finite(bin.to, chart, `end of bin ${index + 1}`),
    count: chartInputChecks.finite(bin.count, chart, `count of bin ${index + 1}`, true),
    side: bin.loss ? text.loss : text.profit,
  }));
  return {
    language,
    title: text.title,
    subtitle: input.subtitle,
    view: {
      width: 520,
      height: 260,
      layer: [
        {
          data: { values: rows },
          mark: { type: 'bar', binSpacing: 1 },
          encoding: {
            x: { field: 'from', type: 'quantitative', title: input.axisTitle, axis: { format: '~s' } },
            x2: { field: 'to' },
            y: { field: 'count', type: 'quantitative', title: text.runs },
            color: {
              field: 'side',
              type: 'nominal',
              scale: { domain: [text.loss, text.profit], range: ['#c23b22', '#2b7bb9'] },
              legend: { title: null },
            },
          },
        },
        {
          data: { values: [{ zero: 0 }] },
          mark: { type: 'rule', strokeDash: [4, 3], color: '#c23b22' },
          encoding: { x: { field: 'zero', type: 'quantitative' } },
        },
      ],
    },
  };
}
