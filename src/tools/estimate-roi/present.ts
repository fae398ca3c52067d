import type { Language } from '../../core/language.ts';
import { localeOf, translate } from '../../core/message-catalog.ts';
import {
  assumptionsSentence,
  breakEvenWords,
  campaignFormat,
  highRoiSentence,
  orderValueOf,
  predictionSentence,
} from '../shared/campaign-model/campaign-messages.ts';
import { roiMessages as messages } from './messages.ts';
import type { EstimateRoiData } from './result.ts';

/** estimate_roi's result for a reader: ROI per segment, the assumptions, how the prediction is used, what it means. */
export function presentRoi(result: EstimateRoiData, language: Language): string {
  const f = campaignFormat(result.currency, language);
  const lines = result.estimates.map(({ label, estimate }) =>
    translate(messages.estimate, language, {
      label,
      roi: f.roi(estimate.base.roi),
      low: f.roi(estimate.low.roi),
      high: f.roi(estimate.high.roi),
      contacts: estimate.targeting.contacts.toLocaleString(localeOf(language)),
      cost: f.money(estimate.base.cost),
      margin: f.money(estimate.base.incrementalMargin),
      revenue: f.money(estimate.base.incrementalRevenue),
      breakEven: breakEvenWords(estimate, f),
      order: result.estimates.length > 1 ? f.money(orderValueOf(estimate)) : '',
    }),
  );
  const best = result.estimates[0]!;
  const meaning = [
    translate(messages.meaning, language),
    result.estimates.length > 1 ? translate(messages.best, language, { label: best.label }) : '',
    translate(messages[best.estimate.outlook], language),
  ].join('');
  const high = highRoiSentence(best.estimate, f);
  return [
    ...lines,
    '',
    assumptionsSentence(
      best.estimate,
      f,
      result.estimates.slice(1).map((entry) => entry.estimate),
    ),
    predictionSentence(best, f),
    ...(high ? [high] : []),
    meaning,
  ].join('\n');
}
