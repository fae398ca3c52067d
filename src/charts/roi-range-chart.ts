import type { ChartSpec } from './chart-types.ts';
import { chartColours } from './chart-config.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { rangeDotLayers } from './range-dot-layers.ts';
import type { Language } from '../core/language.ts';

/** ROI of one campaign option under the low, base and high scenarios; 0.5 means +50 %. */
export interface RoiRange {
  label: string;
  low: number;
  base: number;
  high: number;
}

/** Input of {@link buildRoiRangeChart}. */
export interface RoiRangeInput {
  /** In display order. */
  options: readonly RoiRange[];
}

type Outlook = 'profitable' | 'uncertain' | 'loss';

const words = {
  ja: {
    best: (name: string, roi: string) => `ROIが最も高いのは${name}（基準${roi}）`,
    only: (name: string, roi: string) => `${name}のROIは基準${roi}`,
    allLose: (name: string, roi: string) => `基準の想定ではどの層も赤字（最も良い${name}で${roi}）`,
    subtitle: '点は基準シナリオ、帯は低位〜高位。赤の破線が損益ゼロ',
    axis: 'ROI（投資収益率、%）',
    legend: '見通し',
    range: ' 〜 ',
    outlooks: { profitable: '低位でも黒字', uncertain: '黒字・赤字どちらもあり得る', loss: '高位でも赤字' },
  },
  en: {
    best: (name: string, roi: string) => `${name} has the best ROI (${roi} base)`,
    only: (name: string, roi: string) => `ROI for ${name}: ${roi} base`,
    allLose: (name: string, roi: string) => `Every option loses money in the base case (best: ${name}, ${roi})`,
    subtitle: 'Dot = base scenario, band = low to high. Red dashes = break-even',
    axis: 'ROI (return on investment, %)',
    legend: 'Outlook',
    range: ' to ',
    outlooks: {
      profitable: 'Profitable even in the low case',
      uncertain: 'Could gain or lose',
      loss: 'Loses even in the high case',
    },
  },
} as const;

const outlookColours: Record<Outlook, string> = {
  profitable: '#2e8b57',
  uncertain: '#e0a100',
  loss: chartColours.zeroLine,
};

/**
 * Range bars of ROI per option: a band from the low to the high scenario, a dot at the base, the
 * base value written beside it, and a dashed line at 0 % so "could lose money" is visible at once.
 */
export function buildRoiRangeChart(input: RoiRangeInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'ROI range chart';
  const options = chartInputChecks.nonEmpty(input.options, chart, 'options');
  const labels = chartInputChecks.uniqueLabels(
    options.map((option) => option.label),
    options.map((_, index) => index + 1),
  );
  const percent = (value: number): string =>
    `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(100 * value).toFixed(0)}%`;
  const rows = options.map((option, index) => {
    const low = chartInputChecks.finite(option.low, chart, `low ROI of "${option.label}"`);
    const base = chartInputChecks.finite(option.base, chart, `base ROI of "${option.label}"`);
    const high = chartInputChecks.finite(option.high, chart, `high ROI of "${option.label}"`);
    // Scenarios are ordered by response rate, so ROI normally rises low → high; draw the true span anyway.
    const from = Math.min(low, base, high);
    const to = Math.max(low, base, high);
    const outlook: Outlook = from >= 0 ? 'profitable' : to < 0 ? 'loss' : 'uncertain';
    // The label starts right of the band, and right of the zero line so the dashes never cross it.
    return {
      option: labels[index],
      from,
      to,
      base,
      labelAt: Math.max(to, 0),
      outlook: text.outlooks[outlook],
      label: `${percent(base)}  (${percent(from)}${text.range}${percent(to)})`,
    };
  });
  // The title says the finding: which option returns most, or that none pays back in the base case.
  const best = rows.reduce((top, row) => (row.base > top.base ? row : top), rows[0]!);
  const bestName = options[rows.indexOf(best)]!.label;
  const title =
    rows.length === 1
      ? text.only(bestName, percent(best.base))
      : best.base < 0
        ? text.allLose(bestName, percent(best.base))
        : text.best(bestName, percent(best.base));
  const y = { field: 'option', type: 'nominal', sort: labels, title: null } as const;
  const x = {
    field: 'from',
    type: 'quantitative',
    title: text.axis,
    scale: { zero: true, nice: true },
    axis: { format: '.0%' },
  } as const;
  const outlookOrder = (['profitable', 'uncertain', 'loss'] as const).map((outlook) => text.outlooks[outlook]);
  const color = {
    field: 'outlook',
    type: 'nominal',
    title: text.legend,
    scale: {
      domain: outlookOrder,
      range: (['profitable', 'uncertain', 'loss'] as const).map((outlook) => outlookColours[outlook]),
    },
    legend: { orient: 'bottom', direction: 'horizontal', symbolOpacity: 1 },
  } as const;
  return {
    language,
    title,
    subtitle: text.subtitle,
    view: {
      width: 520,
      height: { step: 40 },
      layer: [
        {
          data: { values: rows },
          layer: rangeDotLayers({
            orientation: 'horizontal',
            category: y,
            value: x,
            fields: { upper: 'to', point: 'base', label: 'label', labelAt: 'labelAt' },
            color,
          }),
        },
        {
          data: { values: [{ zero: 0 }] },
          mark: { type: 'rule', color: chartColours.zeroLine, strokeDash: [5, 4], strokeWidth: 1.5 },
          encoding: { x: { field: 'zero', type: 'quantitative' } },
        },
      ],
    },
  };
}
