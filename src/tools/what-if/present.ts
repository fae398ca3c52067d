import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { campaignFormat } from '../shared/campaign-model/campaign-messages.ts';
import { formatNumber } from '../shared/format-number.ts';
import { assumptionNames, whatIfMessages as messages } from './messages.ts';
import { expectedRoi, offerWords, responseWords } from './what-if-words.ts';
import type { WhatIfData } from './result.ts';

/** simulate_what_if for a person: the range of each outcome, the chance it pays, what matters most. */
export function presentWhatIf(data: WhatIfData, language: Language): string {
  const f = campaignFormat(data.currency, language);
  const { outcome } = data;
  const money = (range: { mean: number; low: number; high: number }) => ({
    mean: f.money(range.mean),
    low: f.money(range.low),
    high: f.money(range.high),
  });
  const count = (value: number): string => formatNumber(Math.round(value), 0);
  const lines = [
    translate(messages.heading, language, {
      target: data.segment?.label ?? translate(messages.everyone, language),
      offer: offerWords(data, f),
      contacts: data.contacts,
      simulations: formatNumber(outcome.options.simulations, 0),
      level: f.percent(outcome.options.intervalLevel),
    }),
    translate(messages.responders, language, {
      mean: count(outcome.incrementalResponders.mean),
      low: count(outcome.incrementalResponders.low),
      high: count(outcome.incrementalResponders.high),
    }),
    translate(messages.revenue, language, money(outcome.incrementalRevenue)),
    translate(messages.cost, language, money(outcome.cost)),
    translate(messages.net, language, {
      ...money(outcome.netReturn),
      roi: f.roi(expectedRoi(data)),
      roiLow: f.roi(outcome.roi.low),
      roiHigh: f.roi(outcome.roi.high),
    }),
    translate(messages.chance, language, { percent: f.percent(outcome.probabilityProfitable) }),
  ];
  const top = outcome.sensitivity[0];
  if (top) {
    const value = (amount: number): string =>
      top.assumption === 'averageOrderValue' ? f.money(amount) : f.percent(amount);
    lines.push(
      translate(messages.sensitivity, language, {
        name: assumptionNames[top.assumption][language],
        low: value(top.low),
        high: value(top.high),
        netLow: f.money(top.netReturnAtLow),
        netHigh: f.money(top.netReturnAtHigh),
      }),
    );
  }
  const { assumptions } = data;
  lines.push(
    translate(messages.assumptions, language, {
      response: responseWords(data, f),
      margin: translate(
        assumptions.grossMargin.source === 'given' ? messages.marginGiven : messages.marginDefault,
        language,
        {
          value: f.percent(assumptions.grossMargin.value),
        },
      ),
      order: f.money(assumptions.averageOrderValue),
      baseline:
        assumptions.baselineSource === 'prediction'
          ? translate(messages.baselinePrediction, language, { value: f.percent(assumptions.baselineRate) })
          : translate(messages.baselineNone, language),
    }),
    translate(messages.footer, language),
  );
  return lines.join('\n');
}
