import { loadSegmentationRun } from '../data/analysis/load-segmentation-run.ts';
import { runSegmentationAnalysis } from '../data/analysis/run-segmentation-analysis.ts';
import { segmentationStepLabel } from './segmentation-step-label.ts';
import type { ToolContext } from './takumi-tool.ts';
import { TakumiError } from '../core/takumi-error.ts';

/**
 * The segmentation a tool builds on: the given run, else the dataset's latest, else a new one run now
 * with default settings (so "describe segment 2" works as a first question, as a user would expect).
 */
export async function loadOrRunSegmentation(
  dataset: string,
  context: ToolContext,
  runId?: number,
): ReturnType<typeof loadSegmentationRun> {
  try {
    return await loadSegmentationRun(context.prisma, dataset, runId);
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
