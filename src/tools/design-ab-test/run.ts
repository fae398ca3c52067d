import { loadLatestPrediction } from '../../data/analysis/load-latest-prediction.ts';
import { loadOrderValues } from '../../data/analysis/load-order-values.ts';
import { defaultCampaignAssumptions } from '../../engine/roi/estimate-campaign.ts';
import { minimumDetectableLift } from '../../engine/roi/minimum-detectable-lift.ts';
import { defaultPlanCampaignTestOptions } from '../../engine/roi/plan-campaign-test.ts';
import { sampleSizeForTwoProportions } from '../../engine/roi/sample-size-for-two-proportions.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { responseLikeTarget } from '../shared/campaign-model/estimate-segment-campaign.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import { translate } from '../../core/message-catalog.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { designAbTestMessages } from './messages.ts';
import type { DesignAbTestData } from './result.ts';
import type { DesignAbTestInput } from './schema.ts';
import { segmentGroup, everyoneGroup } from '../shared/group-members.ts';

/**
 * Sizes a two-arm A/B test (pooled two-proportion formula) for the lift asked, over the control rate
 * from the response prediction (else 5 %), checks the segment holds both arms, proposes pooling every
 * customer when it does not, and sets the duration to about one purchase cycle of the audience.
 */
export async function runDesignAbTest(
  input: DesignAbTestInput,
  context: ToolContext,
): Promise<ToolRun<DesignAbTestData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  if (input.segment !== undefined && !analysis.segments[input.segment])
    throw unknownSegmentError(input.segment, analysis, context.language);
  const segment = input.segment === undefined ? null : analysis.segments[input.segment]!;
  const everyone = analysis.segments.reduce((sum, entry) => sum + entry.size, 0);
  const audience = segment?.size ?? everyone;
  const prediction = await loadLatestPrediction(context.prisma, dataset, analysis.runId);
  const usable = prediction && responseLikeTarget.test(prediction.target) ? prediction : null;
  const predicted = segment
    ? usable?.bySegment.find((entry) => Number(entry.segment) === segment.id)?.meanProbability
    : usable
      ? usable.bySegment.reduce((sum, entry) => sum + entry.meanProbability * entry.customerCount, 0) /
        Math.max(
          1,
          usable.bySegment.reduce((sum, entry) => sum + entry.customerCount, 0),
        )
      : undefined;
  const [baselineRate, baselineSource] =
    input.baselineRate !== undefined
      ? [input.baselineRate, 'given' as const]
      : predicted !== undefined && predicted > 0 && predicted < 1
        ? [predicted, 'prediction' as const]
        : [defaultPlanCampaignTestOptions.fallbackBaselineRate, 'fallback' as const];
  const lift = input.minimumDetectableLift ?? defaultCampaignAssumptions.incrementalResponse.base;
  if (baselineRate + lift >= 1)
    throw new ToolInputError(
      'TOOL_AB_LIFT_TOO_LARGE',
      `A control rate of ${baselineRate} plus a lift of ${lift} reaches 100%; give a smaller minimumDetectableLift.`,
      { baselineRate, lift },
      {
        readerMessage: translate(designAbTestMessages.liftTooLarge, context.language, {
          rate: formatPercent(baselineRate, 1),
          points: formatNumber(lift * 100, 2),
        }),
      },
    );
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  const size = sampleSizeForTwoProportions({ baselineRate, expectedRate: baselineRate + lift, alpha, power });
  const fits = size.total <= audience;
  const detectable = (customers: number): number | null =>
    minimumDetectableLift({ baselineRate, perArm: Math.floor(customers / 2), alpha, power });
  const orders = await loadOrderValues(
    context.prisma,
    dataset,
    segment ? (customerId) => assignments.segmentByCustomer.get(customerId) === segment.id : undefined,
  );
  const purchaseCycleDays =
    orders.orders > orders.customers && orders.spanDays > 0
      ? (orders.customers * orders.spanDays) / orders.orders
      : null;
  const durationDays = Math.min(90, Math.max(14, Math.round(purchaseCycleDays ?? 30)));
  const themes = describableThemes(analysis.themes, context.config.minimumGroupSize);
  return {
    result: {
      dataset,
      runId: analysis.runId,
      segment: segment
        ? { id: segment.id, label: segmentLabel(segment, analysis.segments, themes, context.language) }
        : null,
      audience,
      baselineRate,
      baselineSource,
      lift,
      liftSource: input.minimumDetectableLift === undefined ? 'default' : 'given',
      alpha,
      power,
      perArm: size.perArm,
      total: size.total,
      fits,
      detectableLift: fits ? null : detectable(audience),
      pooled:
        fits || segment === null
          ? null
          : {
              audience: everyone,
              fits: size.total <= everyone,
              detectableLift: size.total <= everyone ? null : detectable(everyone),
            },
      purchaseCycleDays,
      durationDays,
      minimumGroupSize: context.config.minimumGroupSize,
      groups: [segment ? segmentGroup(assignments, segment.id) : everyoneGroup(assignments)],
    },
    charts: [],
  };
}
