import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChartSpec } from '../../charts/chart-types.ts';
import { renderChart } from '../../charts/render-chart.ts';
import { writeChartFile } from '../../charts/write-chart-file.ts';
import type { ToolChart, ToolContext } from '../takumi-tool.ts';

/** Folder (inside the chart folder) that remembers which file holds which drawn chart. */
const cacheFolder = '.drawn';

/**
 * Renders a chart for a tool and writes it to the chart folder. Returns no chart when the context has
 * no fonts (text-only clients). A chart that fails to draw is logged and skipped: the numbers in the
 * answer matter more than the picture.
 *
 * The same chart of the same run (a follow-up question on a reused segmentation) is not drawn again:
 * the file drawn for it before is returned, as long as it is still there. Files are never overwritten,
 * so a reused file is exactly the chart asked for, and a follow-up answers without re-rendering.
 */
export async function drawToolChart(
  context: ToolContext,
  spec: ChartSpec,
  name: string,
  footer: { dataset: string; runId: number | null },
): Promise<ToolChart[]> {
  if (!context.chartFonts) return [];
  // A title that starts with a segment's name ("customers who post dog photos (S1) …") still starts a sentence.
  const titled: ChartSpec = { ...spec, title: sentenceStart(spec.title) };
  try {
    const key = createHash('sha256')
      .update(JSON.stringify({ name, dataset: footer.dataset, runId: footer.runId, spec: titled }))
      .digest('hex');
    const remembered = path.join(context.chartDirectory, cacheFolder, key);
    const drawn = await readFile(remembered, 'utf8').catch(() => null);
    if (drawn !== null && (await stat(drawn).catch(() => null))?.isFile())
      return [{ path: drawn, title: titled.title, kind: name }];
    const png = await renderChart(titled, { fonts: context.chartFonts, footer: { ...footer, date: new Date() } });
    const file = await writeChartFile(png, context.chartDirectory, `${footer.dataset}-${name}`, {
      runId: footer.runId,
    });
    await mkdir(path.dirname(remembered), { recursive: true });
    await writeFile(remembered, file);
    return [{ path: file, title: titled.title, kind: name }];
  } catch (error) {
    context.logger.warn('chart failed', { chart: name, error: error instanceof Error ? error.message : String(error) });
    return [];
  }
}

/** The text with its first letter in upper case (Latin scripts; Japanese is left as it is). */
export function sentenceStart(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const character = String.fromCodePoint(first);
  return character.toLocaleUpperCase('en-US') + text.slice(character.length);
}
