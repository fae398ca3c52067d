import { translate } from '../../core/message-catalog.ts';
import { loadLatestPrediction } from '../../data/analysis/load-latest-prediction.ts';
import { estimateRoi } from '../../engine/roi/estimate-roi.ts';
import { sampleSizeForTwoProportions } from '../../engine/roi/sample-size-for-two-proportions.ts';
import type { SegmentProfile } from '../../engine/segments/profile-segments.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { campaignWording } from './campaign-wording.ts';
import { campaignMessages } from './messages.ts';
import type { DraftCampaignData } from './result.ts';
import type { campaignGoals, DraftCampaignInput } from './schema.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';

const responseLike = /respon|convert|purchase|buy|click|open|反応|購入|成約|クリック|開封/i;

/** Writes the draft and the meeting sentences for one segment in the asked (else the conversation's) language. */
export async function draftCampaign(
  input: DraftCampaignInput,
  context: ToolContext,
): Promise<ToolRun<DraftCampaignData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis } = await loadOrRunSegmentation(dataset, context);
  const segment = analysis.segments[input.segment];
  if (!segment)
    throw new ToolInputError(
      'TOOL_SEGMENT_UNKNOWN',
      `Segment S${input.segment} does not exist; the latest run has S0–S${analysis.segments.length - 1}.`,
      { segment: input.segment },
    );
  const language = input.language ?? context.language;
  const words = campaignWording[language];
  const describable = describableThemes(analysis.themes, context.config.minimumGroupSize);
  const label = segmentLabel(segment, describable, language);
  const goal = input.goal ?? defaultGoal(segment);
  const channel = input.channel ?? 'email';
  // Only a response-like prediction of this very segmentation may stand in for the response rate
  // (a churn probability is not a response rate, and segment numbers change between runs).
  const latest = await loadLatestPrediction(context.prisma, dataset, analysis.runId, input.target);
  const prediction = latest && (input.target !== undefined || responseLike.test(latest.target)) ? latest : null;
  const expectedRate =
    prediction?.bySegment.find((entry) => Number(entry.segment) === segment.id)?.meanProbability ?? 0.05;
  const baseline = Math.min(0.9, Math.max(0.01, expectedRate));
  const test = sampleSizeForTwoProportions({ baselineRate: baseline, expectedRate: Math.min(0.99, baseline + 0.02) });
  const averagePurchase = segment.meanRfm.frequency > 0 ? segment.meanRfm.monetary / segment.meanRfm.frequency : 0;
  const offerCeiling = averagePurchase * 0.1;
  const themes = segment.topThemes
    .map((entry) => describable.name(entry.theme, language))
    .filter((name): name is string => Boolean(name));
  const value = segment.meanLifetimeValue ?? averagePurchase;
  const roi =
    offerCeiling > 0 && value > 0
      ? estimateRoi({
          segmentSize: segment.size,
          responseRate: expectedRate,
          valuePerResponder: value,
          costPerContact: offerCeiling,
        })
      : null;
  const payback = roi && roi.base.roi >= 0;
  const roiHint = roi
    ? translate(campaignMessages.roiHint, language, {
        rate: formatPercent(expectedRate),
        roi: formatPercent(roi.base.roi, 0),
        payback: Boolean(payback),
      })
    : translate(campaignMessages.roiUnknown, language);
  const draft = [
    words.audience(label, segment.size, formatPercent(segment.share)),
    translate(campaignMessages.goalAndChannel, language, { goal: words.goals[goal], channel: words.channels[channel] }),
    words.posts(themes.join(', ') || '—'),
    words.buying(
      formatNumber(segment.meanRfm.recencyDays, 0),
      formatNumber(segment.meanRfm.frequency),
      formatNumber(segment.meanRfm.monetary),
    ),
    words.message(themes[0] ?? label),
    words.offer(formatNumber(offerCeiling)),
    words.kpi(formatPercent(expectedRate)),
    words.test(test.perArm, test.perArm * 2 <= segment.size),
  ];
  const testFits = test.perArm * 2 <= segment.size;
  const meetingPhrasing = [...words.meeting(label, segment.size, words.goals[goal], roiHint, test.perArm, testFits)];
  return {
    result: {
      runId: analysis.runId,
      dataset,
      segment: segment.id,
      label,
      goal,
      channel,
      language,
      draft,
      meetingPhrasing,
      testPerArm: test.perArm,
      groups: [{ label: `S${segment.id}`, size: segment.size }],
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
