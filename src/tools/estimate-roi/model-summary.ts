import {
  assumptionsSentence,
  breakEvenWords,
  campaignFormat,
  orderValueOf,
} from '../shared/campaign-model/campaign-messages.ts';
import { quoteData } from '../../core/quote-data.ts';
import type { EstimateRoiData } from './result.ts';

/** What the model reads from estimate_roi: every figure with its source, in English (the model's working language). */
export function summarizeRoi(result: EstimateRoiData): string {
  const f = campaignFormat(result.currency, 'en');
  const best = result.estimates[0]!;
  return [
    `ROI on profit for a campaign, segmentation run ${result.runId} of ${quoteData(result.dataset)} (${result.currency}). Ranked by base ROI:`,
    ...result.estimates.map(({ label, estimate }) => {
      const { low, base, high } = estimate;
      return `- ${label}: ${estimate.targeting.contacts} contacted; ROI ${f.roi(base.roi)} (low ${f.roi(low.roi)}, high ${f.roi(high.roi)}); incremental margin ${f.money(base.incrementalMargin)} (revenue ${f.money(base.incrementalRevenue)}) for cost ${f.money(base.cost)}; ${f.money(orderValueOf(estimate))} per order; ${breakEvenWords(estimate, f)}.`;
    }),
    assumptionsSentence(
      best.estimate,
      f,
      result.estimates.slice(1).map((entry) => entry.estimate),
    ),
    best.prediction
      ? `The ${quoteData(best.prediction.target)} prediction (run ${best.prediction.runId}) ranks who to contact and is the would-respond-anyway rate; it is not the incremental response.`
      : 'No response prediction: everyone in the segment is contacted alike.',
  ].join('\n');
}
