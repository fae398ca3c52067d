import { z } from 'zod';
import { presentCampaign } from './present-campaign.ts';
import { loadLatestPrediction } from '../data/analysis/load-latest-prediction.ts';
import { estimateRoi } from '../engine/roi/estimate-roi.ts';
import { sampleSizeForTwoProportions } from '../engine/roi/sample-size-for-two-proportions.ts';
import type { SegmentProfile } from '../engine/segments/profile-segments.ts';
import { campaignWording } from './campaign-wording.ts';
import { formatNumber, formatPercent } from './format-number.ts';
import { loadOrRunSegmentation } from './load-or-run-segmentation.ts';
import { resolveDatasetName } from './resolve-dataset-name.ts';
import { segmentLabel } from './segment-label.ts';
import { describableThemes } from '../engine/themes/describable-themes.ts';
import { ToolInputError, type TakumiTool } from './takumi-tool.ts';

const goals = ['reactivate', 'retain', 'upsell', 'repeat'] as const;
const responseLike = /respon|convert|purchase|buy|click|open|反応|購入|成約|クリック|開封/i;
const channels = ['email', 'line', 'sns', 'dm', 'app'] as const;

const inputSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z.number().int().min(0).describe('Segment number to target, e.g. 2 for S2.'),
  goal: z
    .enum(goals)
    .optional()
    .describe(
      "Campaign goal; default chosen from the segment's behaviour (lapsing → reactivate, frequent → retain, …).",
    ),
  channel: z.enum(channels).optional().describe('Channel: email, line, sns, dm or app; default email.'),
  language: z.enum(['ja', 'en']).optional().describe("Language of the draft; default the conversation's."),
  target: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The predicted 0/1 response column whose rate is the expected response, e.g. "responded"; default the latest response-like prediction, else 5%.',
    ),
});

export type DraftCampaignInput = z.infer<typeof inputSchema>;
export interface DraftCampaignData {
  runId: number;
  dataset: string;
  segment: number;
  label: string;
  goal: (typeof goals)[number];
  channel: (typeof channels)[number];
  draft: string[];
  meetingPhrasing: string[];
  testPerArm: number;
  groups: { label: string; size: number }[];
}

/** A campaign draft for one segment plus 3–5 sentences an executive can say in a meeting. */
export const draftCampaignTool: TakumiTool<DraftCampaignInput, DraftCampaignData> = {
  name: 'draft_campaign',
  description:
    'Drafts a campaign for one customer segment: audience, goal, channel, message, offer ceiling, KPI and an A/B test size, plus meeting-ready phrasing (3–5 sentences an executive can say, e.g. 「まずは小さなPoCで…」).',
  schema: inputSchema,
  present: presentCampaign,
  async run(input, context) {
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
      ? language === 'ja'
        ? `試算では反応率${formatPercent(expectedRate)}の場合、ROIは${formatPercent(roi.base.roi, 0)}程度です（前提つきの目安）${payback ? '。' : 'が、今の前提では回収できないため、より安いオファーから試します。'}`
        : `At a ${formatPercent(expectedRate)} response rate the rough ROI is ${formatPercent(roi.base.roi, 0)} (an estimate with stated assumptions)${payback ? '.' : '; on these assumptions it does not pay back, so we start with a cheaper offer.'}`
      : language === 'ja'
        ? '費用対効果は、テスト結果の数字で判断します。'
        : 'We will judge the return on the test numbers.';
    const draft = [
      words.audience(label, segment.size, formatPercent(segment.share)),
      `${language === 'ja' ? '目的' : 'Goal'}: ${words.goals[goal]} · ${language === 'ja' ? 'チャネル' : 'Channel'}: ${words.channels[channel]}`,
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
    const summary = [
      `Campaign draft for ${label} (run ${analysis.runId}, dataset "${dataset}"):`,
      ...draft.map((line) => `- ${line}`),
      language === 'ja' ? '会議用フレーズ:' : 'Meeting-ready phrasing:',
      ...meetingPhrasing.map((line) => `- ${line}`),
    ].join('\n');
    return {
      summary,
      data: {
        runId: analysis.runId,
        dataset,
        segment: segment.id,
        label,
        goal,
        channel,
        draft,
        meetingPhrasing,
        testPerArm: test.perArm,
        groups: [{ label: `S${segment.id}`, size: segment.size }],
      },
      charts: [],
    };
  },
};

/** Lapsing customers are won back; frequent ones kept; big spenders upsold; the rest nudged to buy again. */
function defaultGoal(segment: SegmentProfile): (typeof goals)[number] {
  const lift = (name: string): number => segment.features.find((feature) => feature.name === name)?.lift ?? 1;
  if (lift('recency_days') > 1.5) return 'reactivate';
  if (lift('frequency') > 1.25) return 'retain';
  if (lift('monetary') > 1.25) return 'upsell';
  return 'repeat';
}
