import type { ChartSpec } from '../../charts/chart-types.ts';
import { renderChart } from '../../charts/render-chart.ts';
import { writeChartFile } from '../../charts/write-chart-file.ts';
import type { ToolChart, ToolContext } from '../takumi-tool.ts';

/**
 * Renders a chart for a tool and writes it to the chart folder. Returns no chart when the context has
 * no fonts (text-only clients). A chart that fails to draw is logged and skipped: the numbers in the
 * answer matter more than the picture.
 */
export async function drawToolChart(
  context: ToolContext,
  spec: ChartSpec,
  name: string,
  footer: { dataset: string; runId: number },
): Promise<ToolChart[]> {
  if (!context.chartFonts) return [];
  try {
    const png = await renderChart(spec, { fonts: context.chartFonts, footer: { ...footer, date: new Date() } });
    const path = await writeChartFile(png, context.chartDirectory, `${footer.dataset}-${name}`, {
      runId: footer.runId,
    });
    return [{ path, title: spec.title, kind: name }];
  } catch (error) {
    context.logger.warn('chart failed', { chart: name, error: error instanceof Error ? error.message : String(error) });
    return [];
  }
}
