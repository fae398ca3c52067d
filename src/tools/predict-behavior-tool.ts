import { z } from 'zod';
import { presentPrediction } from './present-prediction.ts';
import { buildBehaviourDriversChart } from '../charts/behaviour-drivers-chart.ts';
import { runBehaviourPrediction, type BehaviourPredictionAnalysis } from '../data/analysis/run-behaviour-prediction.ts';
import { drawToolChart } from './draw-tool-chart.ts';
import { formatNumber, formatPercent } from './format-number.ts';
import { loadOrRunSegmentation } from './load-or-run-segmentation.ts';
import { resolveDatasetName } from './resolve-dataset-name.ts';
import { ToolInputError, type TakumiTool } from './takumi-tool.ts';
import { featureLabel } from './feature-label.ts';
import { TakumiError } from '../core/takumi-error.ts';

const inputSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  target: z
    .string()
    .min(1)
    .describe('The 0/1 customer column to predict, e.g. "responded" or "churned" (a column of the customers file).'),
});

export type PredictBehaviorInput = z.infer<typeof inputSchema>;
export type PredictBehaviorData = BehaviourPredictionAnalysis & { groups: { label: string; size: number }[] };

/** Predicts a 0/1 customer behaviour from the segmentation's features, with cross-validated scores. */
export const predictBehaviorTool: TakumiTool<PredictBehaviorInput, PredictBehaviorData> = {
  name: 'predict_behavior',
  description:
    'Predicts a yes/no customer behaviour (a 0/1 column of the customers file, e.g. responded, churned) from photo themes, RFM and segments. Returns cross-validated accuracy and AUC against always guessing the majority, the main drivers, and the expected rate per segment.',
  schema: inputSchema,
  present: presentPrediction,
  async run(input, context) {
    const dataset = await resolveDatasetName(input.dataset, context);
    await loadOrRunSegmentation(dataset, context);
    context.onProgress?.({
      label: context.language === 'ja' ? '予測モデルを交差検証中…' : 'Cross-validating prediction models…',
      done: 0,
      total: 1,
    });
    const prediction = await runBehaviourPrediction({
      prisma: context.prisma,
      datasetName: dataset,
      target: input.target,
    }).catch((error: unknown) => {
      // An unknown column is a wrong argument the model can fix, not an internal failure.
      if (error instanceof TakumiError && error.code === 'PREDICTION_TARGET_UNKNOWN')
        throw new ToolInputError(error.code, error.message, error.details);
      throw error;
    });
    context.onProgress?.({ label: context.language === 'ja' ? '予測完了' : 'Prediction done', done: 1, total: 1 });
    const charts = await drawToolChart(
      context,
      buildBehaviourDriversChart(
        {
          drivers: prediction.drivers.map((driver) => ({
            feature: driver.feature,
            label: featureLabel(driver.feature),
            importance: driver.importance,
            importanceStandardDeviation: driver.importanceStandardDeviation,
            direction: driver.direction,
          })),
          behaviour: input.target,
        },
        context.language,
      ),
      `drivers-${input.target}`,
      { dataset, runId: prediction.runId },
    );
    const summary = [
      `Prediction of "${input.target}" (run ${prediction.runId}, ${prediction.customers} customers, ${formatPercent(prediction.positiveRate)} are 1).`,
      `Model: ${prediction.chosenModel} (${prediction.choiceReason}). Cross-validated accuracy ${formatPercent(prediction.accuracy)} vs ${formatPercent(prediction.baselineAccuracy)} for always guessing the majority; AUC ${formatNumber(prediction.auc, 3)} (0.5 = no skill).`,
      `Main drivers: ${prediction.drivers
        .slice(0, 5)
        .map(
          (driver) =>
            `${featureLabel(driver.feature)} (importance ${formatNumber(driver.importance, 3)}${driver.direction ? `, ${driver.direction}` : ''})`,
        )
        .join('; ')}.`,
      `Expected rate by segment: ${prediction.bySegment.map((entry) => `S${entry.segment} ${formatPercent(entry.meanProbability)} predicted${entry.actualRate === null ? '' : `, ${formatPercent(entry.actualRate)} observed`} (${entry.customerCount} customers)`).join('; ')}.`,
      ...(prediction.warnings.length > 0 ? [`Notes: ${prediction.warnings.join(' ')}`] : []),
    ].join('\n');
    return {
      summary,
      data: {
        ...prediction,
        groups: prediction.bySegment.map((entry) => ({ label: `S${entry.segment}`, size: entry.customerCount })),
      },
      charts,
    };
  },
};
