import type { ChartSpec } from './chart-types.ts';
import { chartColours } from './chart-config.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import { rangeDotLayers } from './range-dot-layers.ts';
import type { Language } from '../core/language.ts';

/** One theme's lift among the valuable customers, with its interval and strength of evidence. */
export interface ThemeValueBar {
  label: string;
  lift: number;
  lower: number;
  upper: number;
  evidence: 'strong' | 'moderate' | 'weak';
}

/** Input of {@link buildThemeValueChart}. */
export interface ThemeValueChartInput {
  /** Who the valuable customers are, in words (the subtitle). */
  group: string;
  /** Highest lift first. */
  bars: readonly ThemeValueBar[];
}

const words = {
  ja: {
    over: (name: string, lift: string) => `優良顧客に特に多いのは${name}（${lift}倍）`,
    weak: (name: string, lift: string) => `優良顧客との差が最も大きいのは${name}（${lift}倍、根拠は弱い）`,
    none: '優良顧客とほかの投稿者で、テーマの差は小さい',
    subtitle: (group: string) => `${group}とほかの投稿者の比較。点は倍率、帯は90%の範囲。破線が差なし（1倍）`,
    axis: '投稿する人の割合の倍率（優良顧客 ÷ ほかの投稿者）',
    legend: '根拠の強さ',
    evidence: { strong: '強い', moderate: '中程度', weak: '弱い（偶然の可能性）' },
    ratio: (value: string) => `${value}倍`,
  },
  en: {
    over: (name: string, lift: string) => `Valuable customers post ${name} most (×${lift})`,
    weak: (name: string, lift: string) => `Biggest gap: ${name} (×${lift}, weak evidence)`,
    none: 'Valuable customers and other posters post much the same themes',
    subtitle: (group: string) => `Valuable = ${group}. Dot = ratio, band = 90% range. Dashes = no difference (×1)`,
    axis: 'Share who post it: valuable ÷ other posters (×)',
    legend: 'Strength of evidence',
    evidence: { strong: 'Strong', moderate: 'Moderate', weak: 'Weak (could be chance)' },
    ratio: (value: string) => `×${value}`,
  },
} as const;

const evidenceColours = { strong: '#2e8b57', moderate: '#e0a100', weak: '#9aa0a6' } as const;

/**
 * Dots with interval bands: how many times more often the valuable customers post each theme than the
 * other photo posters, a dashed line at ×1 (no difference), coloured by strength of evidence. The
 * title names the theme that sets them apart most, or says there is no real difference.
 */
export function buildThemeValueChart(input: ThemeValueChartInput, language: Language): ChartSpec {
  const text = words[language];
  const chart = 'Theme value chart';
  const bars = chartInputChecks.nonEmpty(input.bars, chart, 'bars');
  const labels = chartInputChecks.uniqueLabels(
    bars.map((bar) => bar.label),
    bars.map((_, index) => index + 1),
  );
  const ratio = (value: number): string => value.toFixed(value >= 10 ? 0 : 1);
  const rows = bars.map((bar, index) => {
    const lift = chartInputChecks.finite(bar.lift, chart, `lift of "${bar.label}"`, true);
    const lower = chartInputChecks.finite(bar.lower, chart, `lower bound of "${bar.label}"`, true);
    const upper = chartInputChecks.finite(bar.upper, chart, `upper bound of "${bar.label}"`, true);
    return {
      theme: labels[index],
      lift,
      lower,
      upper,
      evidence: text.evidence[bar.evidence],
      label: text.ratio(ratio(lift)),
    };
  });
  const top = rows[0]!;
  // A gap the data cannot tell from chance is not told as a finding.
  const title =
    top.lift < 1.2
      ? text.none
      : (bars[0]!.evidence === 'weak' ? text.weak : text.over)(bars[0]!.label, ratio(top.lift));
  const y = { field: 'theme', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 320 } } as const;
  const x = {
    field: 'lower',
    type: 'quantitative',
    title: text.axis,
    scale: { zero: true, nice: true },
  } as const;
  const order = (['strong', 'moderate', 'weak'] as const).map((key) => text.evidence[key]);
  const color = {
    field: 'evidence',
    type: 'nominal',
    title: text.legend,
    scale: { domain: order, range: (['strong', 'moderate', 'weak'] as const).map((key) => evidenceColours[key]) },
    legend: { orient: 'bottom', direction: 'horizontal', symbolOpacity: 1 },
  } as const;
  return {
    language,
    title,
    subtitle: text.subtitle(input.group),
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
            fields: { upper: 'upper', point: 'lift', label: 'label', labelAt: 'upper' },
            color,
          }),
        },
        {
          data: { values: [{ one: 1 }] },
          mark: { type: 'rule', color: chartColours.zeroLine, strokeDash: [5, 4], strokeWidth: 1.5 },
          encoding: { x: { field: 'one', type: 'quantitative' } },
        },
      ],
    },
  };
}
