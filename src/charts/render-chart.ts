import sharp from 'sharp';
import { ChartError } from './chart-error.ts';
import type { ChartSpec } from './chart-types.ts';
import { checkJapaneseGlyphs } from './check-japanese-glyphs.ts';
import { renderChartSvg, type ChartSvgOptions } from './render-chart-svg.ts';

/** Settings of {@link renderChart}. */
export interface RenderChartOptions extends ChartSvgOptions {
  /** PNG pixels per chart pixel; 2 keeps text crisp on high-density screens and in Slack previews. */
  scale: number;
  /**
   * Before the first chart of the process, check that Japanese renders as glyphs and throw
   * `CHART_FONT_NOT_APPLIED` if not (the font set-up ran too late). Costs about 50 ms once.
   */
  verifyFonts: boolean;
}

export const defaultRenderChartOptions: Pick<RenderChartOptions, 'scale' | 'timeZone' | 'verifyFonts'> = {
  scale: 2,
  timeZone: null,
  verifyFonts: true,
};

let fontCheck: Promise<void> | null = null;

/**
 * Renders a chart to PNG: Vega-Lite → Vega → SVG (headless, no browser) → sharp. Every chart gets
 * the footer `dataset · run · date` and draws all text in the set-up font.
 *
 * @throws ChartError `CHART_FONT_NOT_APPLIED` when Japanese would come out as boxes,
 *   `CHART_RENDER_FAILED` / `CHART_INVALID_DATA` for a spec or footer that cannot be drawn.
 */
export async function renderChart(
  spec: ChartSpec,
  options: Pick<RenderChartOptions, 'fonts' | 'footer'> & Partial<RenderChartOptions>,
): Promise<Buffer> {
  const settings: RenderChartOptions = { ...defaultRenderChartOptions, ...options };
  if (!(settings.scale > 0 && settings.scale <= 8)) {
    throw new ChartError('CHART_INVALID_DATA', `Chart scale must be in (0, 8], got ${settings.scale}; 2 suits Slack.`, {
      scale: settings.scale,
    });
  }
  if (settings.verifyFonts) {
    fontCheck ??= verifyFonts(settings.fonts.family);
    await fontCheck;
  }
  const svg = await renderChartSvg(spec, settings);
  try {
    // The SVG is sized in CSS pixels at 72 dpi for librsvg, so density 72 × scale gives scale × pixels.
    return await sharp(Buffer.from(svg), { density: 72 * settings.scale })
      .png()
      .toBuffer();
  } catch (error) {
    throw new ChartError(
      'CHART_RENDER_FAILED',
      `Could not convert chart "${spec.title}" to PNG: ${(error as Error).message}.`,
      { title: spec.title },
      { cause: error },
    );
  }
}

async function verifyFonts(family: string): Promise<void> {
  const check = await checkJapaneseGlyphs(family);
  if (!check.rendersGlyphs) {
    fontCheck = null; // let a later call re-check, e.g. after a restart of the set-up in tests
    throw new ChartError(
      'CHART_FONT_NOT_APPLIED',
      'Japanese chart text would render as boxes: setUpChartFonts() ran after something had already drawn SVG text in this process. Call it at start-up, right after loadConfig().',
      { ...check },
    );
  }
}
