import { translate } from '../../core/message-catalog.ts';
import type { CampaignFormat } from '../shared/campaign-model/campaign-messages.ts';
import { whatIfMessages as messages } from './messages.ts';
import type { WhatIfData } from './result.ts';

/** The offer in words: 「20%割引・予算¥300,000」. */
export function offerWords(data: WhatIfData, f: CampaignFormat): string {
  const { language } = f;
  const parts: string[] = [];
  if (data.offer.discountRate > 0)
    parts.push(translate(messages.offerDiscount, language, { percent: f.percent(data.offer.discountRate) }));
  if (data.offer.incentivePerRedeemer > 0)
    parts.push(translate(messages.offerIncentive, language, { money: f.money(data.offer.incentivePerRedeemer) }));
  const spend = data.offer.budget ?? data.offer.totalCost;
  if (spend !== null) parts.push(translate(messages.offerSpend, language, { money: f.money(spend) }));
  return parts.length > 0
    ? parts.join(translate(messages.offerSeparator, language))
    : translate(messages.offerContact, language);
}

/** The incremental-response range as the answer states it. */
export function responseWords(data: WhatIfData, f: CampaignFormat): string {
  const response = data.assumptions.response;
  const sensitivity = data.outcome.sensitivity.find((entry) => entry.assumption === 'incrementalResponse');
  const params = {
    low: f.percent(sensitivity?.low ?? 0),
    base: f.percent(response.kind === 'range' ? response.base : response.lift),
    high: f.percent(sensitivity?.high ?? 0),
  };
  const message =
    response.source === 'measured'
      ? messages.responseMeasured
      : response.source === 'given'
        ? messages.responseGiven
        : messages.responseDefault;
  return translate(message, f.language, params);
}

/**
 * The ROI shown beside the expected profit: expected profit over expected cost. The median of the
 * simulated ROIs can have the other sign when the outcome is skewed (a mean profit of ¥250 beside a
 * median ROI of −25 %), which a reader takes for a wrong number; the interval stays the ROI quantiles.
 */
export function expectedRoi(data: WhatIfData): number {
  const { netReturn, cost } = data.outcome;
  return cost.mean > 0 ? netReturn.mean / cost.mean : 0;
}
