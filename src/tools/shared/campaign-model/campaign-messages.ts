import { localeOf, translate } from '../../../core/message-catalog.ts';
import type { CampaignAssumption, CampaignEstimate } from '../../../engine/roi/campaign-model-types.ts';
import { defaultCampaignAssumptions } from '../../../engine/roi/estimate-campaign.ts';
import { formatPercent } from '../format-number.ts';
import type { SegmentCampaign } from './estimate-segment-campaign.ts';
import { campaignTexts as texts } from './campaign-texts.ts';
import { formatMoney } from './money.ts';
import type { Language } from '../../../core/language.ts';

/** Money and percentages of one campaign in one language. */
export interface CampaignFormat {
  money(amount: number): string;
  percent(share: number): string;
  roi(share: number): string;
  language: Language;
}

/** Formatters for a campaign's currency and the reader's language. */
export function campaignFormat(currency: string, language: Language): CampaignFormat {
  return {
    language,
    money: (amount) => formatMoney(amount, currency, language),
    percent: (share) => formatPercent(share, share !== 0 && Math.abs(share) < 0.1 ? 1 : 0),
    roi: (share) => `${share > 0 ? '+' : ''}${Math.round(share * 100).toLocaleString('en-US')}%`,
  };
}

/** A 0/1 prediction target in words (the column name is an internal identifier). */
export function targetWords(target: string, language: Language): string {
  const known: Record<string, Record<Language, string>> = {
    responded: { ja: '反応', en: 'responding' },
    response: { ja: '反応', en: 'responding' },
    purchased: { ja: '購入', en: 'buying' },
    converted: { ja: '成約', en: 'converting' },
    clicked: { ja: 'クリック', en: 'clicking' },
    opened: { ja: '開封', en: 'opening' },
  };
  return known[target.toLowerCase()]?.[language] ?? translate(texts.quotedTarget, language, { target });
}

function range(value: CampaignAssumption['value'], f: CampaignFormat): string {
  if (typeof value === 'number') return f.percent(value);
  return value.low === value.high
    ? f.percent(value.base)
    : translate(texts.range, f.language, {
        low: f.percent(value.low),
        base: f.percent(value.base),
        high: f.percent(value.high),
      });
}

/** One assumption as a sentence fragment a marketer can check. */
export function describeAssumption(entry: CampaignAssumption, f: CampaignFormat, contacts: number): string {
  const language = f.language;
  const number = typeof entry.value === 'number' ? entry.value : entry.value.base;
  const money = { money: f.money(number) };
  const percent = { percent: f.percent(number) };
  switch (entry.key) {
    case 'incrementalResponse': {
      const message =
        entry.source === 'measured'
          ? texts.responseMeasured
          : entry.source === 'default'
            ? texts.responseAssumed
            : texts.responseGiven;
      return translate(message, language, { range: range(entry.value, f) });
    }
    case 'averageOrderValue':
      return translate(texts.averageOrderValue, language, money);
    case 'extraOrdersPerResponder':
      return translate(texts.extraOrdersPerResponder, language, { count: number });
    case 'grossMargin':
      return translate(
        entry.source === 'default'
          ? texts.grossMarginDefault
          : entry.source === 'dataset'
            ? texts.grossMarginDataset
            : texts.grossMarginGiven,
        language,
        percent,
      );
    case 'totalCost':
      return translate(texts.totalCost, language, money);
    case 'budget':
      return translate(texts.budget, language, { ...money, contacts: contacts.toLocaleString(localeOf(language)) });
    case 'costPerContact':
      return entry.source === 'default'
        ? translate(texts.costPerContactDefault, language, {
            ...money,
            percent: f.percent(defaultCampaignAssumptions.contactCostShareOfAverageOrder),
          })
        : translate(texts.costPerContactGiven, language, money);
    case 'discountRate':
      return translate(texts.discountRate, language, percent);
    case 'incentivePerRedeemer':
      return translate(texts.incentivePerRedeemer, language, money);
    case 'fixedCost':
      return translate(texts.fixedCost, language, money);
    case 'baselineRate':
      return translate(texts.baselineRate, language, percent);
    case 'targeting':
      return translate(texts.targeting, language, { count: number.toLocaleString(localeOf(language)) });
  }
}

/**
 * The assumptions of an estimate as one sentence. With `others` (the other segments of one answer), an
 * assumption whose value differs between them (each segment's own order value, baseline, contacts) is
 * said to be per segment rather than stated with the first segment's value as if it held for all.
 */
export function assumptionsSentence(
  estimate: CampaignEstimate,
  f: CampaignFormat,
  others: readonly CampaignEstimate[] = [],
): string {
  const base = (value: CampaignAssumption['value'] | undefined): number | undefined =>
    value === undefined ? undefined : typeof value === 'number' ? value : value.base;
  const varies = (entry: CampaignAssumption): boolean =>
    others.some(
      (other) =>
        base(other.assumptions.find((candidate) => candidate.key === entry.key)?.value) !== base(entry.value) ||
        other.targeting.contacts !== estimate.targeting.contacts,
    );
  const parts = estimate.assumptions.map((entry) =>
    others.length > 0 && perSegmentKeys.has(entry.key) && varies(entry)
      ? describePerSegment(entry, f)
      : describeAssumption(entry, f, estimate.targeting.contacts),
  );
  return translate(texts.assumptions, f.language, { parts });
}

/** The average order value an estimate assumed (each segment's own); 0 when it states none. */
export function orderValueOf(estimate: CampaignEstimate): number {
  const entry = estimate.assumptions.find((candidate) => candidate.key === 'averageOrderValue');
  return entry === undefined ? 0 : typeof entry.value === 'number' ? entry.value : entry.value.base;
}

/** Assumptions that can differ from one segment to the next within one answer. */
const perSegmentKeys: ReadonlySet<CampaignAssumption['key']> = new Set([
  'averageOrderValue',
  'baselineRate',
  'targeting',
  'budget',
]);

/** An assumption that holds per segment, in words that do not pin one segment's value on all. */
function describePerSegment(entry: CampaignAssumption, f: CampaignFormat): string {
  const number = typeof entry.value === 'number' ? entry.value : entry.value.base;
  if (entry.key === 'averageOrderValue') return translate(texts.averageOrderValuePerSegment, f.language);
  if (entry.key === 'baselineRate') return translate(texts.baselineRatePerSegment, f.language);
  if (entry.key === 'targeting') return translate(texts.targetingPerSegment, f.language);
  return translate(texts.budgetPerSegment, f.language, { money: f.money(number) });
}

/** Break-even incremental response in words, or that none pays back. */
export function breakEvenWords(estimate: CampaignEstimate, f: CampaignFormat): string {
  const value = estimate.breakEvenResponse;
  if (value === null || value > 1) return translate(texts.neverBreaksEven, f.language);
  return translate(texts.breakEven, f.language, { percent: f.percent(value) });
}

/** Why ROI is above 1,000 %, naming the input that drives it; empty when it is not. */
export function highRoiSentence(estimate: CampaignEstimate, f: CampaignFormat): string {
  const reason = estimate.highRoiReason;
  if (!reason) return '';
  const value = reason.driver.value;
  const number = typeof value === 'number' ? value : value.base;
  const money = { money: f.money(number) };
  const percent = { percent: f.percent(number) };
  const drivers: Partial<Record<CampaignAssumption['key'], () => string>> = {
    costPerContact: () => translate(texts.highRoiCostPerContact, f.language, money),
    totalCost: () => translate(texts.highRoiTotalCost, f.language, money),
    budget: () => translate(texts.highRoiBudget, f.language, money),
    incrementalResponse: () => translate(texts.highRoiIncrementalResponse, f.language, percent),
    averageOrderValue: () => translate(texts.highRoiAverageOrderValue, f.language, money),
  };
  return translate(texts.highRoi, f.language, {
    driver: drivers[reason.driver.key]?.() ?? null,
    cost: f.money(reason.costPerContact),
    margin: f.money(reason.marginPerContact),
  });
}

/** How the prediction was used: who to target, never the response rate. */
export function predictionSentence(campaign: SegmentCampaign, f: CampaignFormat): string {
  const use = campaign.prediction;
  if (!use) return translate(texts.noPrediction, f.language);
  return translate(texts.prediction, f.language, {
    words: targetWords(use.target, f.language),
    auc: use.auc.toFixed(2),
    rate: f.percent(use.meanProbability),
    rank: use.rank,
    segments: use.segmentCount,
  });
}
