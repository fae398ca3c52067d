import type { SegmentationAnalysis } from '../../../data/analysis/segmentation-analysis.ts';
import type { BehaviorPredictionAnalysis } from '../../../data/analysis/run-behavior-prediction.ts';
import type { CampaignEstimate, IncrementalResponse } from '../../../engine/roi/campaign-model-types.ts';
import { defaultCampaignAssumptions, estimateCampaign } from '../../../engine/roi/estimate-campaign.ts';
import { type CampaignTestPlan, planCampaignTest } from '../../../engine/roi/plan-campaign-test.ts';
import type { SegmentProfile } from '../../../engine/segments/profile-segments.ts';
import type { CampaignCostArguments } from './campaign-cost-fields.ts';

/** Targets whose probability can stand for "would respond anyway" (a churn probability cannot). */
export const responseLikeTarget = /respon|convert|purchase|buy|click|open|反応|購入|成約|クリック|開封/i;

/** How a stored prediction was used: to choose who is contacted, and as the control group's rate. */
export interface CampaignPredictionUse {
  target: string;
  runId: number;
  /** Mean predicted probability in the segment: the share expected to respond without the campaign. */
  meanProbability: number;
  /** 1 = the segment with the highest mean probability. */
  rank: number;
  segmentCount: number;
  auc: number;
}

/** One segment's campaign through the shared model, as estimate_roi and draft_campaign both show it. */
export interface SegmentCampaign {
  segment: number;
  label: string;
  size: number;
  currency: string;
  averageOrderValue: number;
  estimate: CampaignEstimate;
  testPlan: CampaignTestPlan;
  prediction: CampaignPredictionUse | null;
}

/** The dataset's average order (total spend / purchases over all segments); 0 without purchases. */
export function datasetAverageOrder(analysis: Pick<SegmentationAnalysis, 'segments'>): number {
  let spend = 0;
  let purchases = 0;
  for (const segment of analysis.segments) {
    spend += segment.meanRfm.monetary * segment.size;
    purchases += segment.meanRfm.frequency * segment.size;
  }
  return purchases > 0 ? spend / purchases : 0;
}

function responseOf(costs: CampaignCostArguments): IncrementalResponse | undefined {
  if (costs.measuredLift !== undefined) return { kind: 'measured', lift: costs.measuredLift };
  const rate = costs.incrementalResponse;
  return rate === undefined ? undefined : { kind: 'assumed', low: rate, base: rate, high: rate };
}

/**
 * Runs the shared cost-and-value model ({@link estimateCampaign}) for one segment: its average order,
 * the costs and margin the user gave (or the stated defaults), and, when a response-like prediction
 * of this segmentation exists, its mean probability as the control rate (buyers who would respond
 * anyway, who also redeem discounts and set the A/B test size). The prediction never sets the
 * campaign's incremental response.
 */
export function estimateSegmentCampaign(input: {
  segment: SegmentProfile;
  label: string;
  analysis: Pick<SegmentationAnalysis, 'segments' | 'grossMargin'>;
  currency: string;
  costs: CampaignCostArguments;
  prediction: BehaviorPredictionAnalysis | null;
}): SegmentCampaign {
  const { segment, analysis, costs } = input;
  const overall = datasetAverageOrder(analysis);
  const averageOrderValue =
    segment.meanRfm.frequency > 0 ? segment.meanRfm.monetary / segment.meanRfm.frequency : overall;
  const prediction = input.prediction && responseLikeTarget.test(input.prediction.target) ? input.prediction : null;
  const ranked = prediction ? [...prediction.bySegment].sort((a, b) => b.meanProbability - a.meanProbability) : [];
  const entry = ranked.find((candidate) => Number(candidate.segment) === segment.id);
  const use: CampaignPredictionUse | null =
    prediction && entry
      ? {
          target: prediction.target,
          runId: prediction.runId,
          meanProbability: entry.meanProbability,
          rank: ranked.indexOf(entry) + 1,
          segmentCount: ranked.length,
          auc: prediction.auc,
        }
      : null;
  const estimate = estimateCampaign({
    audienceSize: segment.size,
    averageOrderValue,
    defaultCostPerContact: Math.round(overall * defaultCampaignAssumptions.contactCostShareOfAverageOrder * 100) / 100,
    costs: {
      totalCost: costs.totalCost,
      budget: costs.budget,
      costPerContact: costs.costPerContact,
      discountRate: costs.discountRate,
      incentivePerRedeemer: costs.incentivePerRedeemer,
      fixedCost: costs.fixedCost,
    },
    response: responseOf(costs),
    // The question's margin wins, then the dataset's setting, then the stated default.
    ...(costs.grossMargin !== undefined
      ? { grossMargin: costs.grossMargin }
      : typeof analysis.grossMargin === 'number'
        ? { grossMargin: analysis.grossMargin, grossMarginSource: 'dataset' as const }
        : {}),
    baselineRate: use?.meanProbability ?? 0,
  });
  return {
    segment: segment.id,
    label: input.label,
    size: segment.size,
    currency: input.currency,
    averageOrderValue,
    estimate,
    testPlan: planCampaignTest(estimate, use?.meanProbability ?? null),
    prediction: use,
  };
}
