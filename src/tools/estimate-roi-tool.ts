import { z } from 'zod';
import { presentRoi } from './present-roi.ts';
import { buildRoiRangeChart } from '../charts/roi-range-chart.ts';
import { loadLatestPrediction } from '../data/analysis/load-latest-prediction.ts';
import { estimateRoi, type RoiEstimate } from '../engine/roi/estimate-roi.ts';
import { describeResponseSource, describeValueSource } from './describe-roi-sources.ts';
import { drawToolChart } from './draw-tool-chart.ts';
import { formatNumber, formatPercent } from './format-number.ts';
import { loadOrRunSegmentation } from './load-or-run-segmentation.ts';
import { resolveDatasetName } from './resolve-dataset-name.ts';
import { segmentLabel } from './segment-label.ts';
import { describableThemes } from '../engine/themes/describable-themes.ts';
import { ToolInputError, type TakumiTool } from './takumi-tool.ts';

const inputSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Segment number to target (3 for S3); omit to compare every segment.'),
  costPerContact: z
    .number()
    .min(0)
    .optional()
    .describe('Cost of contacting one customer (discount, postage, ad cost). Default: 10% of the average purchase.'),
  fixedCost: z.number().min(0).optional().describe('Fixed campaign cost (design, set-up). Default 0.'),
  responseRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      "Expected share that responds, 0–1. Default: the segment's predicted rate from the latest prediction, else 5% (2–8%).",
    ),
  baselineResponseRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Share that would respond without the offer (control group), 0–1. Default 0.'),
  valuePerResponder: z
    .number()
    .min(0)
    .optional()
    .describe("Revenue one responder brings. Default: the segment's mean 12-month CLV, else its average purchase."),
  target: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Which predicted 0/1 behaviour gives the response rate, e.g. "responded"; default the latest prediction.',
    ),
});

export type EstimateRoiInput = z.infer<typeof inputSchema>;
export interface EstimateRoiData {
  runId: number;
  dataset: string;
  estimates: {
    segment: number;
    label: string;
    size: number;
    responseSource: { kind: 'given' } | { kind: 'predicted'; target: string; runId: number } | { kind: 'assumed' };
    valueSource: { kind: 'given' | 'lifetime-value' | 'average-purchase'; amount: number };
    costPerContact: number;
    roi: RoiEstimate;
  }[];
  groups: { label: string; size: number }[];
}

/** ROI of targeting one segment, or of each segment side by side, with a low/base/high range. */
export const estimateRoiTool: TakumiTool<EstimateRoiInput, EstimateRoiData> = {
  name: 'estimate_roi',
  description:
    'Estimates the return on investment of targeting a customer segment with an offer: reach, expected responders, incremental revenue, cost and ROI = (revenue − cost) / cost, as a low/base/high range with the assumptions listed. Omit "segment" to compare all segments and find where ROI is highest.',
  schema: inputSchema,
  present: presentRoi,
  async run(input, context) {
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
    const summary = [
      `ROI estimate on segmentation run ${analysis.runId} of "${dataset}" (cost per contact ${formatNumber(costPerContact)}${input.costPerContact === undefined ? ', assumed as 10% of the average purchase' : ''}${input.fixedCost ? `, fixed cost ${formatNumber(input.fixedCost)}` : ''}). Ranked by base ROI:`,
      ...estimates.map((estimate) => {
        const { low, base, high } = estimate.roi;
        return `- ${estimate.label}: reach ${estimate.size}; ROI ${formatPercent(base.roi, 0)} (range ${formatPercent(low.roi, 0)} to ${formatPercent(high.roi, 0)}); incremental revenue ${formatNumber(base.incrementalRevenue)} for cost ${formatNumber(base.cost)}; ${formatNumber(base.expectedResponders, 0)} responders expected; break-even response ${estimate.roi.breakEvenResponseRate === null ? 'n/a' : formatPercent(estimate.roi.breakEvenResponseRate)}. Response: ${describeResponseSource(estimate.responseSource, 'en')}; value: ${describeValueSource(estimate.valueSource, 'en')}.`;
      }),
      `Assumptions: ${estimates[0]!.roi.assumptions.join(' ')}`,
    ].join('\n');
    return {
      summary,
      data: {
        runId: analysis.runId,
        dataset,
        estimates,
        groups: estimates.map((estimate) => ({ label: `S${estimate.segment}`, size: estimate.size })),
      },
      charts,
    };
  },
};
