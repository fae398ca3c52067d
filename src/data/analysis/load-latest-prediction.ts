import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { BehaviorPredictionAnalysis } from './run-behavior-prediction.ts';

/**
 * The latest stored prediction of a dataset built on segmentation run `segmentationRunId` (segment
 * numbers mean nothing across runs), for `target` when given; null when there is none.
 */
export async function loadLatestPrediction(
  prisma: PrismaClient,
  datasetName: string,
  segmentationRunId: number,
  target?: string,
): Promise<BehaviorPredictionAnalysis | null> {
  const runs = await prisma.run.findMany({
    where: { kind: 'prediction', status: 'succeeded', dataset: { name: datasetName } },
    orderBy: { id: 'desc' },
    include: { results: { where: { key: 'summary' } } },
  });
  for (const run of runs) {
    const summary = JSON.parse(run.results[0]?.value ?? 'null') as Omit<BehaviorPredictionAnalysis, 'runId'> | null;
    if (
      summary &&
      summary.segmentationRunId === segmentationRunId &&
      (target === undefined || summary.target === target)
    )
      return { runId: run.id, ...summary };
  }
  return null;
}
