import { joinList, translate } from '../../core/message-catalog.ts';
import type { CampaignCostArguments } from '../shared/campaign-model/campaign-cost-fields.ts';
import {
  assumptionsSentence,
  breakEvenWords,
  type CampaignFormat,
  campaignFormat,
  highRoiSentence,
  predictionSentence,
} from '../shared/campaign-model/campaign-messages.ts';
import { checkCostCurrency } from '../shared/campaign-model/check-cost-currency.ts';
import { estimateSegmentCampaign } from '../shared/campaign-model/estimate-segment-campaign.ts';
import { meetingPhrasing as meetingPhrasingOf } from '../shared/campaign-model/meeting-phrasing.ts';
import { loadLatestPrediction } from '../../data/analysis/load-latest-prediction.ts';
import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import type { ToolContext, ToolRun } from '../takumi-tool.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import { campaignWording } from './campaign-wording.ts';
import { campaignMessages } from './messages.ts';
import type { DraftCampaignData } from './result.ts';
import type { campaignGoals, DraftCampaignInput } from './schema.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { segmentGroup } from '../shared/group-members.ts';

/** Writes the draft and the meeting sentences for one segment in the asked (else the conversation's) language. */
export async function draftCampaign(
  input: DraftCampaignInput,
  context: ToolContext,
): Promise<ToolRun<DraftCampaignData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  const segment = analysis.segments[input.segment];
  if (!segment) throw unknownSegmentError(input.segment, analysis, context.language);
  const language = input.language ?? context.language;
  checkCostCurrency(input, analysis.currency, language);
  const words = campaignWording[language];
  const describable = describableThemes(analysis.themes, context.config.minimumGroupSize);
  const label = segmentLabel(segment, analysis.segments, describable, language);
  const goal = input.goal ?? defaultGoal(segment);
  const channel = input.channel ?? 'email';
  const latest = await loadLatestPrediction(context.prisma, dataset, analysis.runId, input.target);
  const currency = analysis.currency;
  const campaign = estimateSegmentCampaign({ segment, label, analysis, currency, costs: input, prediction: latest });
  const { estimate, testPlan } = campaign;
  const f = campaignFormat(currency, language);
  const themes = segment.topThemes
    .map((entry) => describable.name(entry.theme, language))
    .filter((name): name is string => Boolean(name))
    // Several themes can share one concept name (「容器の写真」 three times): each name once.
    .filter((name, index, names) => names.indexOf(name) === index);
  const perArm = testPlan.sampleSize?.perArm ?? null;
  const draft = [
    words.audience(label, segment.size, formatPercent(segment.share)),
    translate(campaignMessages.goalAndChannel, language, { goal: words.goals[goal], channel: words.channels[channel] }),
    ...(themes.length > 0 ? [words.posts(joinList(themes, language))] : []),
    words.buying(
      formatNumber(segment.meanRfm.recencyDays, 0),
      formatNumber(segment.meanRfm.frequency),
      f.money(campaign.averageOrderValue),
    ),
    words.message(themes[0] ?? null),
    words.offer(offerWords(input, f)),
    words.roi(
      f.roi(estimate.base.roi),
      f.roi(estimate.low.roi),
      f.roi(estimate.high.roi),
      f.money(estimate.base.cost),
      breakEvenWords(estimate, f),
    ),
    words.kpi(f.percent(estimate.base.incrementalResponse)),
    words.test(perArm, testPlan.fits),
  ];
  const meetingPhrasing = meetingPhrasingOf(campaign, words.goals[goal], language);
  return {
    result: {
      runId: analysis.runId,
      dataset,
      segment: segment.id,
      label,
      goal,
      channel,
      language,
      currency,
      draft,
      campaign,
      assumptions: assumptionsSentence(estimate, f),
      targeting: predictionSentence(campaign, f),
      highRoi: highRoiSentence(estimate, f),
      meetingPhrasing,
      testPerArm: perArm,
      groups: [segmentGroup(assignments, segment.id)],
    },
    charts: [],
  };
}

/** Lapsing customers are won back; frequent ones kept; big spenders upsold; the rest nudged to buy again. */
function defaultGoal(segment: SegmentProfile): (typeof campaignGoals)[number] {
  const lift = (name: string): number => segment.features.find((feature) => feature.name === name)?.lift ?? 1;
  if (lift('recency_days') > 1.5) return 'reactivate';
  if (lift('frequency') > 1.25) return 'retain';
  if (lift('monetary') > 1.25) return 'upsell';
  return 'repeat';
}

/** The offer in words: the discount or incentive the user gave, else a plain invitation. */
function offerWords(costs: CampaignCostArguments, f: CampaignFormat): string {
  if (costs.discountRate !== undefined && costs.discountRate > 0)
    return translate(campaignMessages.offerDiscount, f.language, { discount: f.percent(costs.discountRate) });
  if (costs.incentivePerRedeemer !== undefined && costs.incentivePerRedeemer > 0)
    return translate(campaignMessages.offerIncentive, f.language, { amount: f.money(costs.incentivePerRedeemer) });
  return translate(campaignMessages.offerInvitation, f.language);
}
