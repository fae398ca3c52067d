import { buildRoiRangeChart } from '../../charts/roi-range-chart.ts';
import { loadLatestPrediction } from '../../data/analysis/load-latest-prediction.ts';
import { estimateRoi } from '../../engine/roi/estimate-roi.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import type { EstimateRoiData } from './result.ts';
import type { EstimateRoiInput } from './schema.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';

/**
 * ROI of each segment (or the one asked for) with a low/base/high range: the response rate as given,
 * else predicted for this very segmentation, else an assumed 2–8%; the value per responder as given,
 * else the segment's mean CLV, else its average purchase.
 */
export async function runEstimateRoi(input: EstimateRoiInput, context: ToolContext): Promise<ToolRun<EstimateRoiData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis } = await loadOrRunSegmentation(dataset, context);
  if (input.segment !== undefined && !analysis.segments[input.segment]) {
    throw new ToolInputError(
      'TOOL_SEGMENT_UNKNOWN',
      `Segment S${input.segment} does not exist; the latest run has S0–S${analysis.segments.length - 1}.`,
      { segment: input.segment },
    );
  }
  const prediction =
    input.responseRate === undefined
      ? await loadLatestPrediction(context.prisma, dataset, analysis.runId, input.target)
      : null;
  const targets = input.segment === undefined ? analysis.segments : [analysis.segments[input.segment]!];
  const totals = analysis.segments.reduce(
    (sum, segment) => ({
      spend: sum.spend + segment.meanRfm.monetary * segment.size,
      purchases: sum.purchases + segment.meanRfm.frequency * segment.size,
    }),
    { spend: 0, purchases: 0 },
  );
  const averagePurchase = totals.purchases > 0 ? totals.spend / totals.purchases : 0;
  const costPerContact = input.costPerContact ?? Math.round(averagePurchase * 0.1 * 100) / 100;
  if (costPerContact === 0 && (input.fixedCost ?? 0) === 0) {
    throw new ToolInputError(
      'TOOL_ROI_NO_COST',
      'ROI needs a cost: pass costPerContact or fixedCost greater than 0 (the dataset has no purchases to derive a default from).',
    );
  }
  const describable = describableThemes(analysis.themes, context.config.minimumGroupSize);
  const estimates = targets.map((segment) => {
    const predicted = prediction?.bySegment.find((entry) => Number(entry.segment) === segment.id);
    const rate =
      input.responseRate !== undefined
        ? { value: input.responseRate, source: { kind: 'given' as const } }
        : predicted
          ? {
              value: {
                low: predicted.meanProbability * 0.75,
                base: predicted.meanProbability,
                high: Math.min(1, predicted.meanProbability * 1.25),
              },
              source: { kind: 'predicted' as const, target: prediction!.target, runId: prediction!.runId },
            }
          : { value: { low: 0.02, base: 0.05, high: 0.08 }, source: { kind: 'assumed' as const } };
    const segmentAverage =
      segment.meanRfm.frequency > 0 ? segment.meanRfm.monetary / segment.meanRfm.frequency : averagePurchase;
    const value =
      input.valuePerResponder !== undefined
        ? { amount: input.valuePerResponder, source: 'other' as const, kind: 'given' as const }
        : segment.meanLifetimeValue !== null && segment.meanLifetimeValue > 0
          ? {
              amount: segment.meanLifetimeValue,
              source: 'customer-lifetime-value' as const,
              kind: 'lifetime-value' as const,
            }
          : { amount: segmentAverage, source: 'average-order-value' as const, kind: 'average-purchase' as const };
    const roi = estimateRoi({
      segmentSize: segment.size,
      responseRate: rate.value,
      baselineResponseRate: input.baselineResponseRate ?? 0,
      valuePerResponder: value.amount,
      valueSource: value.source,
      costPerContact,
      fixedCost: input.fixedCost ?? 0,
    });
    return {
      segment: segment.id,
      label: segmentLabel(segment, describable, context.language),
      size: segment.size,
      responseSource: rate.source,
      valueSource: { kind: value.kind, amount: value.amount },
      costPerContact,
      roi,
    };
  });
  estimates.sort((left, right) => right.roi.base.roi - left.roi.base.roi);
  const charts = await drawToolChart(
    context,
    buildRoiRangeChart(
      {
        options: estimates.map((estimate) => ({
          label: estimate.label,
          low: estimate.roi.low.roi,
          base: estimate.roi.base.roi,
          high: estimate.roi.high.roi,
        })),
      },
      context.language,
    ),
    'roi',
    { dataset, runId: analysis.runId },
  );
  return {
    result: {
      runId: analysis.runId,
      dataset,
      costAssumed: input.costPerContact === undefined,
      fixedCost: input.fixedCost ?? 0,
      estimates,
      groups: estimates.map((estimate) => ({ label: `S${estimate.segment}`, size: estimate.size })),
    },
    charts,
  };
}
