import type { ChartSpec } from './chart-types.ts';
import { chartColours } from './chart-config.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { type ChartLayers, groupColours, layeredChart } from './layered-chart.ts';
import { moneyAxis, moneyUnit } from './money-axis.ts';
import type { CurrencyCode } from '../core/format/currency-code.ts';
import type { Language } from '../core/language.ts';

/** One bar of the simulated outcomes: a range of profit and how many runs fell in it. */
export interface WhatIfOutcomeBin {
  /** Profit range of the bin, in the dataset's currency. */
  from: number;
  to: number;
  count: number;
}

/** Input of {@link buildWhatIfOutcomeChart}. */
export interface WhatIfOutcomeChartInput {
  bins: readonly WhatIfOutcomeBin[];
  /** The finding in the asker's language, e.g. 「黒字になる見込み（黒字の確率 78%、利益の見込み 120,000円）」. */
  title: string;
  /** What was simulated and the range, e.g. 「S2に20%割引を出した場合。利益は90%の確率で -50,000円〜320,000円」. */
  subtitle: string;
  /** The dataset's currency: the profit axis is labelled in it. */
  currency: CurrencyCode;
}

const words = {
  ja: {
    profitAxis: (unit: string) => `利益（${unit}）`,
    chanceAxis: (runs: string) => `確率（シミュレーション${runs}回のうち）`,
    loss: '赤字',
    profit: '黒字',
    breakEven: '損益ゼロ',
  },
  en: {
    profitAxis: (unit: string) => `Profit (${unit})`,
    chanceAxis: (runs: string) => `Chance (share of ${runs} simulations)`,
    loss: 'Loss',
    profit: 'Profit',
    breakEven: 'Break-even',
  },
} as const;

/**
 * Histogram of the simulated profit: one bar per range of profit, as high as the share of simulations
 * that ended there (from 0), losses red and profits blue, a bar that spans break-even split at 0, and a
 * dashed line at break-even. The profit axis is in the dataset's currency (「-50,000円」, "$12,000").
 */
export function buildWhatIfOutcomeChart(input: WhatIfOutcomeChartInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'What-if outcome chart';
  const bins = chartInputChecks.nonEmpty(input.bins, chart, 'bins').map((bin, index) => ({
    from: chartInputChecks.finite(bin.from, chart, `start of bin ${index + 1}`),
    to: chartInputChecks.finite(bin.to, chart, `end of bin ${index + 1}`),
    count: chartInputChecks.finite(bin.count, chart, `count of bin ${index + 1}`, true),
  }));
  const runs = bins.reduce((sum, bin) => sum + bin.count, 0);
  const share = (count: number): number => (runs > 0 ? count / runs : 0);
  // A bar that spans 0 is drawn in two colours at the same height: its losing part red, the rest blue.
  const rows = bins.flatMap((bin) => {
    const row = (from: number, to: number, loss: boolean) => ({
      from,
      to,
      share: share(bin.count),
      base: 0,
      side: loss ? text.loss : text.profit,
    });
    if (bin.from < 0 && bin.to > 0) return [row(bin.from, 0, true), row(0, bin.to, false)];
    return [row(bin.from, bin.to, bin.to <= 0)];
  });
  const money = moneyAxis(
    bins.flatMap((bin) => [bin.from, bin.to]),
    input.currency,
    language,
  );
  const x = {
    field: 'from',
    type: 'quantitative',
    title: text.profitAxis(moneyUnit(input.currency, language)),
    scale: money.scale,
    axis: { ...money.axis, grid: false },
  } as const;
  const y = {
    field: 'share',
    type: 'quantitative',
    title: text.chanceAxis(new Intl.NumberFormat('en-US').format(runs)),
    scale: { zero: true, domainMin: 0, nice: true },
    axis: { format: '.0%', tickCount: 5 },
  } as const;
  const [low, high] = money.scale.domain;
  const breakEven: ChartLayers =
    low < 0 && high > 0
      ? [
          {
            data: { values: [{ zero: 0, label: text.breakEven }] },
            mark: { type: 'rule', strokeDash: [4, 3], color: chartColours.zeroLine, strokeWidth: 1.5 },
            encoding: { x: { field: 'zero', type: 'quantitative' } },
          },
          {
            data: { values: [{ zero: 0, label: text.breakEven }] },
            mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 2, color: chartColours.zeroLine },
            encoding: { x: { field: 'zero', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
          },
        ]
      : [];
  return layeredChart({
    language,
    title: input.title,
    subtitle: input.subtitle,
    layer: [
      {
        data: { values: rows },
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          x,
          x2: { field: 'to' },
          y,
          y2: { field: 'base' },
          // Only the sides that occur: an all-loss outcome shows no 「黒字」 swatch.
          color: groupColours(
            'side',
            [
              { name: text.loss, colour: chartColours.lowers },
              { name: text.profit, colour: chartColours.raises },
            ].filter((group) => rows.some((row) => row.side === group.name)),
          ),
        },
      },
      ...breakEven,
    ],
  });
}
