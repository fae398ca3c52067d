import { buildBehaviorDriversChart } from '../../charts/behavior-drivers-chart.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { translate } from '../../core/message-catalog.ts';
import { runBehaviorPrediction } from '../../data/analysis/run-behavior-prediction.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { targetSubject } from '../shared/target-words.ts';
import { featureLabel } from '../shared/feature-label.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabels as labelSegments } from '../shared/segment-label.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { readerQuote } from '../shared/reader-quote.ts';
import { predictionMessages as messages } from './messages.ts';
import type { DeclaredGroup } from '../declared-group.ts';
import { customersGroup, type SegmentMembership } from '../shared/group-members.ts';
import type { PredictBehaviorData } from './result.ts';
import type { PredictBehaviorInput } from './schema.ts';

/** Cross-validates the prediction models on the latest segmentation's features, stores the run, draws the drivers. */
export async function predictBehavior(
  input: PredictBehaviorInput,
  context: ToolContext,
): Promise<ToolRun<PredictBehaviorData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  const describable = describableThemes(analysis.themes, context.config.minimumGroupSize);
  const segmentLabels = labelSegments(analysis.segments, describable, context.language);
  const themeNames = [...describable.namesIn(context.language)];
  context.onProgress?.({ label: translate(messages.progressRunning, context.language), done: 0, total: 1 });
  const prediction = await runBehaviorPrediction({
    prisma: context.prisma,
    datasetName: dataset,
    target: input.target,
  }).catch((error: unknown) => {
    // An unknown column is a wrong argument the model can fix, not an internal failure.
    if (error instanceof TakumiError && error.code === 'PREDICTION_TARGET_UNKNOWN')
      throw new ToolInputError(error.code, error.message, error.details, {
        readerMessage: translate(messages.targetUnknown, context.language, {
          dataset: readerQuote(dataset, context.language),
          column: readerQuote(input.target, context.language),
        }),
      });
    throw error;
  });
  context.onProgress?.({ label: translate(messages.progressDone, context.language), done: 1, total: 1 });
  const charts = await drawToolChart(
    context,
    buildBehaviorDriversChart(
      {
        drivers: prediction.drivers.map((driver) => ({
          feature: driver.feature,
          label: featureLabel(driver.feature, themeNames, context.language, segmentLabels),
          importance: driver.importance,
          importanceStandardDeviation: driver.importanceStandardDeviation,
          direction: driver.direction,
        })),
        behavior: targetSubject(input.target, context.language),
      },
      context.language,
    ),
    `drivers-${input.target}`,
    { dataset, runId: prediction.runId },
  );
  return {
    result: {
      ...prediction,
      groups: await predictionGroups(context, prediction.runId, prediction.bySegment, assignments),
      segmentLabels,
      themeNames,
    },
    charts,
  };
}

/**
 * The groups a prediction describes: each segment's customers with a 0/1 value (the rates per
 * segment), and all of them (the overall rate and accuracy), as the prediction run stored them.
 */
async function predictionGroups(
  context: ToolContext,
  predictionRunId: number,
  bySegment: readonly { segment: string | number }[],
  assignments: SegmentMembership,
): Promise<DeclaredGroup[]> {
  const rows = await context.prisma.customerAssignment.findMany({
    where: { runId: predictionRunId },
    select: { customerId: true },
  });
  const labelled = rows.map((row) => row.customerId);
  return [
    ...bySegment.map((entry) =>
      customersGroup(
        `S${entry.segment}`,
        labelled.filter((customer) => assignments.segmentByCustomer.get(customer) === Number(entry.segment)),
      ),
    ),
    customersGroup('all labelled customers', labelled),
  ];
}
