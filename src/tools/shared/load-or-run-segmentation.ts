import { loadSegmentationRun } from '../../data/analysis/load-segmentation-run.ts';
import { runSegmentationAnalysis } from '../../data/analysis/run-segmentation-analysis.ts';
import { refreshDataVersion } from '../../data/analysis/compute-data-version.ts';
import { segmentationStepLabel } from './segmentation-step-label.ts';
import type { ToolContext } from '../takumi-tool.ts';
import { TakumiError } from '../../core/takumi-error.ts';

/**
 * The segmentation a tool builds on: the given run, else the dataset's latest while the dataset's rows
 * are unchanged since it was computed, else a new one run now with default settings (so "describe
 * segment 2" works as a first question, and a re-import is never answered from stale segments).
 */
export async function loadOrRunSegmentation(
  dataset: string,
  context: ToolContext,
  runId?: number,
): ReturnType<typeof loadSegmentationRun> {
  try {
    const latest = await loadSegmentationRun(context.prisma, dataset, runId);
    if (runId !== undefined) return latest;
    const stored = await context.prisma.dataset.findUnique({ where: { name: dataset }, select: { id: true } });
    if (stored && latest.analysis.dataVersion === (await refreshDataVersion(context.prisma, stored.id))) return latest;
  } catch (error) {
    if (!(error instanceof TakumiError) || error.code !== 'SEGMENTATION_NOT_FOUND' || runId !== undefined) throw error;
  }
  await runSegmentationAnalysis({
    prisma: context.prisma,
    datasetName: dataset,
    options: { threads: context.config.threads, segments: { minSegmentSize: context.config.minimumGroupSize } },
    onStep: (step) =>
      context.onProgress?.({
        label: segmentationStepLabel(step.label, context.language),
        done: step.done,
        total: step.total,
      }),
  });
  return loadSegmentationRun(context.prisma, dataset);
}
