import type { TopLevelSpec } from 'vega-lite';
import type { Language } from '../core/language.ts';

/**
 * Where a chart's numbers come from; drawn as the footer line `dataset · run · date` on every chart,
 * `dataset · date` for numbers that come from no run of ours (an A/B test's counts).
 */
export interface ChartFooter {
  dataset: string;
  runId: number | string | null;
  date: Date;
}

/**
 * A chart before rendering: what the builders return and {@link renderChart} draws.
 *
 * `view` is a plain Vega-Lite spec (unit, layer, facet or concat) *without* title and config:
 * `renderChart` adds the title, the footer and the shared look (fonts, colours, sizes), so every chart
 * looks alike and no builder can forget the font.
 */
export interface ChartSpec {
  language: Language;
  title: string;
  /** Second title line, e.g. the sample size; omitted when empty. */
  subtitle?: string;
  view: TopLevelSpec;
}
