import type { TopLevelSpec } from 'vega-lite';
import type { Language } from '../core/language.ts';
import type { ChartSpec } from './chart-types.ts';

/** Plot size of a single-panel Takumi chart: reads well in Slack's preview and at 2× in the PNG. */
export const defaultChartSize = { width: 520, height: 260 } as const;

/** The layers of a layered Vega-Lite spec (each a mark with its encoding, or a layer of its own). */
export type ChartLayers = Extract<TopLevelSpec, { layer: unknown }>['layer'];

/** Input of {@link layeredChart}. */
export interface LayeredChartInput {
  language: Language;
  title: string;
  subtitle?: string;
  /** Rows every layer reads unless a layer brings its own `data`. */
  rows?: readonly Record<string, unknown>[];
  /** Vega-Lite layers (mark + encoding), drawn in order. */
  layer: ChartLayers;
  size?: { width: number; height: number };
}

/**
 * The frame every single-panel chart shares: language, title, subtitle, the standard plot size, the
 * rows and the layers. Builders only say what is drawn; {@link renderChart} adds the look.
 */
export function layeredChart(input: LayeredChartInput): ChartSpec {
  const size = input.size ?? defaultChartSize;
  return {
    language: input.language,
    title: input.title,
    ...(input.subtitle ? { subtitle: input.subtitle } : {}),
    view: {
      width: size.width,
      height: size.height,
      ...(input.rows ? { data: { values: [...input.rows] } } : {}),
      layer: input.layer,
    },
  };
}

/**
 * A colour encoding for named groups (「実績」/「予測」, 「赤字」/「黒字」) in fixed colours, with its
 * legend below the plot, untitled: the group names say it all.
 */
export function groupColours(field: string, groups: readonly { name: string; colour: string }[]) {
  return {
    field,
    type: 'nominal',
    title: null,
    scale: { domain: groups.map((group) => group.name), range: groups.map((group) => group.colour) },
    legend: { orient: 'bottom', direction: 'horizontal' },
  } as const;
}
