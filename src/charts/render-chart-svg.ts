import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { ChartError } from './chart-error.ts';
import { chartConfig, chartColours } from './chart-config.ts';
import type { ChartFooter, ChartSpec } from './chart-types.ts';
import type { ChartFonts } from './font-setup.ts';
import { useFontTextMeasurement } from './use-font-text-measurement.ts';
import type { Language } from '../core/language.ts';

/** Settings of {@link renderChartSvg}. */
export interface ChartSvgOptions {
  /** From `setUpChartFonts` at start-up; passing it proves the font set-up ran. */
  fonts: ChartFonts;
  footer: ChartFooter;
  /** IANA time zone of the footer date, e.g. 'Asia/Tokyo'; null uses the machine's zone. */
  timeZone: string | null;
}

const runWord: Record<Language, string> = { ja: '実行', en: 'run' };

/**
 * Turns a {@link ChartSpec} into SVG text: adds the title, the footer line `dataset · run · date`
 * and the shared look, compiles with Vega-Lite and renders with a headless Vega view (no browser).
 */
export async function renderChartSvg(spec: ChartSpec, options: ChartSvgOptions): Promise<string> {
  useFontTextMeasurement(options.fonts);
  const { dataset, runId, date } = options.footer;
  const run = runId === null ? '' : ` · ${runWord[spec.language]} ${runId}`;
  const footerText = `${dataset}${run} · ${formatDate(date, options.timeZone)}`;
  const title = spec.subtitle ? { text: spec.title, subtitle: spec.subtitle } : { text: spec.title };
  // A one-view vconcat gives the chart two titles: its own on top and the footer (outer title,
  // orient bottom) under everything, axes and legends included.
  const topLevel = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: chartConfig(options.fonts.family),
    title: {
      text: footerText,
      orient: 'bottom',
      anchor: 'start',
      fontSize: 10,
      fontWeight: 'normal',
      color: chartColours.muted,
      offset: 16,
    },
    vconcat: [{ ...spec.view, title }],
  } as unknown as TopLevelSpec;
  const quiet = vega.logger(vega.Error);
  let view: vega.View | undefined;
  try {
    const compiled = vegaLite.compile(topLevel, { logger: quiet }).spec;
    view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: quiet });
    return await view.toSVG();
  } catch (error) {
    throw new ChartError(
      'CHART_RENDER_FAILED',
      `Could not draw chart "${spec.title}": ${(error as Error).message}. Check the chart's data (finite numbers, non-empty).`,
      { title: spec.title },
      { cause: error },
    );
  } finally {
    view?.finalize();
  }
}

function formatDate(date: Date, timeZone: string | null): string {
  if (Number.isNaN(date.getTime())) {
    throw new ChartError('CHART_INVALID_DATA', 'The chart footer date is an invalid Date; pass the run date.', {});
  }
  try {
    // en-CA formats as YYYY-MM-DD, readable in both languages.
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone ?? undefined,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(date);
  } catch (error) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      `Unknown time zone "${timeZone}"; use an IANA name such as Asia/Tokyo.`,
      { timeZone },
      { cause: error },
    );
  }
}
