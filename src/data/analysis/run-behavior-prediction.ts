import { buildCustomerFeatures } from '../../engine/features/build-customer-features.ts';
import { quoteData } from '../../core/quote-data.ts';
import {
  aggregatePredictionsBySegment,
  type SegmentPredictionSummary,
} from '../../engine/prediction/aggregate-predictions-by-segment.ts';
import { predictBehavior, type PredictionDriver } from '../../engine/prediction/predict-behavior.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { loadDatasetForAnalysis } from '../ingest/load-dataset-for-analysis.ts';
import { loadSegmentationRun } from './load-segmentation-run.ts';
import { parseBinaryTarget } from './parse-binary-target.ts';
import { AnalysisError } from '../data-errors.ts';
import { appendAll } from '../../core/append-all.ts';
import { groupDigits } from '../../core/format/format-count.ts';

export interface BehaviorPredictionOptions {
  seed: number;
  folds: number;
  /** A segmentation run to take features and segments from; default the latest. */
  segmentationRunId?: number;
}

export const defaultBehaviorPredictionRunOptions: BehaviorPredictionOptions = { seed: 7, folds: 5 };

/** A stored prediction run, aggregates only. */
export interface BehaviorPredictionAnalysis {
  runId: number;
  segmentationRunId: number;
  datasetName: string;
  target: string;
  customers: number;
  positiveRate: number;
  chosenModel: 'logistic-regression' | 'random-forest';
  choiceReason: string;
  /** Cross-validated scores of the chosen model and of always guessing the majority class. */
  accuracy: number;
  auc: number;
  baselineAccuracy: number;
  drivers: PredictionDriver[];
  bySegment: SegmentPredictionSummary[];
  warnings: string[];
}

/**
 * Predicts a 0/1 customer column (e.g. `responded`) from the customer features of a segmentation run
 * plus segment membership, compares models by cross-validation, and stores the run.
 *
 * @throws AnalysisError `PREDICTION_TARGET_UNKNOWN` naming the columns that exist, when `target` is not one.
 */
export async function runBehaviorPrediction(input: {
  prisma: PrismaClient;
  datasetName: string;
  target: string;
  options?: Partial<BehaviorPredictionOptions>;
}): Promise<BehaviorPredictionAnalysis> {
  const options = { ...defaultBehaviorPredictionRunOptions, ...input.options };
  const { analysis, assignments } = await loadSegmentationRun(
    input.prisma,
    input.datasetName,
    options.segmentationRunId,
  );
  const dataset = await loadDatasetForAnalysis(input.prisma, input.datasetName, { includeEmbeddings: false });
  const columns = [...new Set(dataset.customers.flatMap((customer) => Object.keys(customer.attributes)))];
  if (!columns.includes(input.target)) {
    throw new AnalysisError(
      'PREDICTION_TARGET_UNKNOWN',
      `Dataset ${quoteData(input.datasetName)} has no customer column ${quoteData(input.target)}. Columns (quoted as written in the file): ${
        columns
          .slice(0, 40)
          .map((column) => quoteData(column, 40))
          .join(', ') || '(none)'
      }${columns.length > 40 ? ` and ${columns.length - 40} more` : ''}. Pick a 0/1 column.`,
      { target: input.target, columns },
    );
  }
  const labelled = dataset.customers.flatMap((customer) => {
    const value = parseBinaryTarget(customer.attributes[input.target]);
    return value === null ? [] : [{ id: customer.id, value }];
  });
  const warnings: string[] = [];
  const skipped = dataset.customers.length - labelled.length;
  if (skipped > 0)
    warnings.push(
      `${groupDigits(skipped)} customer(s) have no 0/1 value in ${quoteData(input.target)} and were left out.`,
    );

  const ids = labelled.map((customer) => customer.id);
  const features = buildCustomerFeatures(
    ids,
    dataset.photos.flatMap((photo) => {
      const theme = assignments.themeByPhoto.get(photo.sha256);
      return theme === undefined ? [] : [{ customerId: photo.customerId, theme, postedAt: photo.postedAt }];
    }),
    dataset.transactions,
    analysis.themes.length,
    { asOf: analysis.asOf },
  );
  const segments = ids.map((id) => assignments.segmentByCustomer.get(id) ?? -1);
  const segmentIds = analysis.segments.map((segment) => segment.id);
  const width = features.featureNames.length;
  // Segment membership is a feature too: it carries what the themes say about a customer as a whole.
  const rows = ids.map((_, row) => [
    ...features.matrix.subarray(row * width, (row + 1) * width),
    ...segmentIds.map((segment) => (segments[row] === segment ? 1 : 0)),
  ]);
  const featureNames = [...features.featureNames, ...segmentIds.map((segment) => `segment_${segment}`)];
  const target = labelled.map((customer) => customer.value);
  const prediction = predictBehavior(
    { features: rows, target, featureNames },
    { seed: options.seed, folds: options.folds },
  );
  const chosen =
    prediction.chosenModel === 'logistic-regression'
      ? prediction.crossValidation.logisticRegression
      : prediction.crossValidation.randomForest;
  // Customers imported after the segmentation have no segment: they count in the model, not per segment.
  const assigned = segments.flatMap((segment, row) => (segment >= 0 ? [row] : []));
  if (assigned.length < segments.length)
    warnings.push(
      `${groupDigits(segments.length - assigned.length)} customer(s) joined after segmentation run ${analysis.runId}; run the segmentation again to place them.`,
    );
  const bySegment = aggregatePredictionsBySegment(
    assigned.map((row) => prediction.predictions[row]!),
    assigned.map((row) => segments[row]!),
    assigned.map((row) => target[row]!),
  );
  appendAll(
    warnings,
    prediction.warnings.map((warning) => warning.message),
  );

  const result = {
    segmentationRunId: analysis.runId,
    datasetName: input.datasetName,
    target: input.target,
    customers: ids.length,
    positiveRate: prediction.classBalance.positiveRate,
    chosenModel: prediction.chosenModel,
    choiceReason: prediction.choiceReason,
    accuracy: chosen.meanAccuracy,
    auc: chosen.meanAuc,
    baselineAccuracy: prediction.crossValidation.majorityBaseline.meanAccuracy,
    drivers: [...prediction.drivers],
    bySegment,
    warnings,
  };
  const run = await input.prisma.$transaction(async (transaction) => {
    const created = await transaction.run.create({
      data: {
        datasetId: dataset.dataset.id,
        kind: 'prediction',
        parameters: JSON.stringify({ ...options, target: input.target }),
        seed: options.seed,
        status: 'succeeded',
        finishedAt: new Date(),
        warnings: JSON.stringify(warnings),
      },
    });
    await transaction.runResult.create({ data: { runId: created.id, key: 'summary', value: JSON.stringify(result) } });
    await transaction.customerAssignment.createMany({
      data: ids.map((customerId, row) => ({
        runId: created.id,
        customerId,
        label: prediction.predictions[row]!.label,
        score: prediction.predictions[row]!.probability,
      })),
    });
    return created;
  });
  return { runId: run.id, ...result };
}
