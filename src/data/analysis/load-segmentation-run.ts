import type { PrismaClient } from '../../generated/prisma/client.ts';
import { quoteData } from '../../core/quote-data.ts';
import type { SegmentationAnalysis, SegmentationAssignments } from './segmentation-analysis.ts';
import { AnalysisError } from '../data-errors.ts';
import type { EngineWarning } from '../../engine/engine-warning.ts';

/**
 * Reads a stored segmentation run of a dataset: `runId`, or the latest one. Returns the analysis and
 * the per-customer assignments.
 *
 * @throws AnalysisError `SEGMENTATION_NOT_FOUND` saying to run the segmentation first.
 */
export async function loadSegmentationRun(
  prisma: PrismaClient,
  datasetName: string,
  runId?: number,
): Promise<{ analysis: SegmentationAnalysis; assignments: SegmentationAssignments }> {
  const run = await prisma.run.findFirst({
    where: {
      kind: 'segmentation',
      status: 'succeeded',
      dataset: { name: datasetName },
      ...(runId === undefined ? {} : { id: runId }),
    },
    orderBy: { id: 'desc' },
    include: {
      results: true,
      assignments: true,
      dataset: { select: { name: true, currency: true, grossMargin: true } },
    },
  });
  if (!run) {
    throw new AnalysisError(
      'SEGMENTATION_NOT_FOUND',
      runId === undefined
        ? `Dataset ${quoteData(datasetName)} has no segmentation yet. Run the segmentation first.`
        : `Run ${runId} is not a segmentation of dataset ${quoteData(datasetName)}.`,
      { datasetName, runId },
    );
  }
  const result = (key: string): unknown => JSON.parse(run.results.find((entry) => entry.key === key)?.value ?? 'null');
  const summary = result('summary') as Omit<
    SegmentationAnalysis,
    'runId' | 'datasetName' | 'currency' | 'createdAt' | 'seed' | 'warnings' | 'projection' | 'asOf'
  > & { asOf: string };
  const analysis: SegmentationAnalysis = {
    ...summary,
    runId: run.id,
    datasetName: run.dataset.name,
    // Read from the dataset, not the run: a re-import with --currency corrects old runs too.
    currency: run.dataset.currency,
    grossMargin: run.dataset.grossMargin,
    dataVersion: summary.dataVersion ?? '',
    createdAt: run.createdAt,
    asOf: new Date(summary.asOf),
    seed: run.seed,
    projection: (result('projection') as SegmentationAnalysis['projection']) ?? [],
    warnings: parseStoredWarnings(run.warnings),
  };
  const assignments: SegmentationAssignments = {
    segmentByCustomer: new Map(run.assignments.map((assignment) => [assignment.customerId, assignment.label])),
    lifetimeValueByCustomer: new Map(
      run.assignments.flatMap((assignment) =>
        assignment.score === null ? [] : [[assignment.customerId, assignment.score] as const],
      ),
    ),
    themeByPhoto: new Map(Object.entries((result('photo-themes') as Record<string, number>) ?? {})),
  };
  return { analysis, assignments };
}

/** Stored warnings: coded objects, or plain texts from runs stored before warnings were coded. */
function parseStoredWarnings(stored: string): EngineWarning[] {
  const parsed = JSON.parse(stored) as unknown;
  if (!Array.isArray(parsed)) return [];
  return parsed.map((entry: unknown) =>
    typeof entry === 'string' ? { code: 'STORED_TEXT', params: {}, message: entry } : (entry as EngineWarning),
  );
}
