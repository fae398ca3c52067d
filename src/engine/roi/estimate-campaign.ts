import type {
  CampaignAssumption,
  CampaignEstimate,
  CampaignInput,
  CampaignScenario,
  CampaignTargeting,
  HighRoiReason,
} from './campaign-model-types.ts';
import { checkNumber } from './check-number.ts';
import { RoiInputError } from '../engine-errors.ts';

/**
 * The stated defaults of the campaign model; every answer that uses one lists it as an assumption.
 * - incremental response 1 % / 2 % / 4 % (low / base / high): the extra share of contacted customers
 *   who buy because of a typical e-mail or coupon campaign, well below the share who buy at all;
 * - gross margin 40 %: revenue minus cost of goods, a middle value for retail (set per dataset);
 * - one extra order per incremental responder over the horizon (the campaign order, no repeat orders);
 * - contact cost 1 % of the dataset's average order, when no cost is given (the tools apply it).
 */
export const defaultCampaignAssumptions = {
  incrementalResponse: { low: 0.01, base: 0.02, high: 0.04 },
  grossMargin: 0.4,
  extraOrdersPerResponder: 1,
  contactCostShareOfAverageOrder: 0.01,
  /** ROI above this (1,000 %) is reported with the input that drives it. */
  implausibleRoi: 10,
} as const;

function checkShare(field: string, value: number, allowNegative: boolean): number {
  if (!allowNegative) return checkNumber(field, value, 'rate');
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -1 || value > 1) {
    throw new RoiInputError('ROI_INVALID_INPUT', `${field} is ${value} but must be a share between −1 and 1.`, {
      field,
      value,
    });
  }
  return value;
}

function responseRange(input: CampaignInput): {
  low: number;
  base: number;
  high: number;
  source: 'default' | 'given' | 'measured';
} {
  const response = input.response;
  if (!response) return { ...defaultCampaignAssumptions.incrementalResponse, source: 'default' };
  const [low, base, high, source] =
    response.kind === 'assumed'
      ? [response.low, response.base, response.high, 'given' as const]
      : [response.lower ?? response.lift, response.lift, response.upper ?? response.lift, 'measured' as const];
  const negative = response.kind === 'measured';
  checkShare('response.low', low, negative);
  checkShare('response.base', base, negative);
  checkShare('response.high', high, negative);
  if (!(low <= base && base <= high)) {
    throw new RoiInputError(
      'ROI_INVALID_INPUT',
      `The response must satisfy low ≤ base ≤ high, got ${low} / ${base} / ${high}.`,
      {
        field: 'response',
      },
    );
  }
  return { low, base, high, source };
}

function mean(values: ArrayLike<number>, count: number): number {
  let total = 0;
  for (let index = 0; index < count; index += 1) total += values[index]!;
  return count > 0 ? total / count : 0;
}

/**
 * The campaign's ROI on profit for a low, base and high incremental response, with break-even and
 * the assumptions behind it. Per scenario with response r and C contacted customers:
 *
 * incremental responders = C·r; incremental margin = C·r · orders · order value · gross margin;
 * cost = contact cost (C·per-contact, or the given total cost) + fixed cost
 *        + (C·(r + baseline)) · (discount · order value + incentive)   — everyone who redeems is paid;
 * ROI = (incremental margin − cost) / cost; break-even r solves incremental margin = cost.
 *
 * A budget with a per-contact cost caps C at what the budget pays for (expected cost per contact at
 * the base response); a `ranking` then picks the customers with the highest predicted probability.
 * A budget alone is the money to be spent, like a total cost.
 *
 * @throws RoiInputError `ROI_INVALID_INPUT` for negative money or counts, rates outside [0, 1]
 *   (a measured lift may be negative), low > base > high; `ROI_UNDEFINED_ZERO_COST` when nothing costs anything.
 */
export function estimateCampaign(input: CampaignInput): CampaignEstimate {
  const costs = input.costs ?? {};
  const audience = checkNumber('audienceSize', input.audienceSize, 'non-negative-integer');
  const orderValue = checkNumber('averageOrderValue', input.averageOrderValue, 'non-negative');
  const margin = checkNumber('grossMargin', input.grossMargin ?? defaultCampaignAssumptions.grossMargin, 'rate');
  const orders = checkNumber(
    'extraOrdersPerResponder',
    input.extraOrdersPerResponder ?? defaultCampaignAssumptions.extraOrdersPerResponder,
    'non-negative',
  );
  const baseline = checkNumber('baselineRate', input.baselineRate ?? 0, 'rate');
  const money = (field: keyof typeof costs): number | undefined =>
    costs[field] === undefined
      ? undefined
      : checkNumber(field, costs[field], 'non-negative', 'Costs are amounts spent.');
  const totalCost = money('totalCost');
  const budget = money('budget');
  const givenPerContact = money('costPerContact');
  const discount = costs.discountRate === undefined ? 0 : checkNumber('discountRate', costs.discountRate, 'rate');
  const incentive = money('incentivePerRedeemer') ?? 0;
  const fixed = money('fixedCost') ?? 0;
  const defaultPerContact = checkNumber('defaultCostPerContact', input.defaultCostPerContact, 'non-negative');
  const range = responseRange(input);
  // A budget alone, like a total cost, is the money the campaign spends.
  const lumpSum = totalCost ?? (givenPerContact === undefined ? budget : undefined);
  const perContact = lumpSum === undefined ? (givenPerContact ?? defaultPerContact) : 0;
  const perRedeemer = discount * orderValue + incentive;

  let contacts = audience;
  if (budget !== undefined && lumpSum === undefined) {
    const expectedPerContact = perContact + Math.min(1, range.base + baseline) * perRedeemer;
    const affordable = expectedPerContact > 0 ? Math.floor(Math.max(0, budget - fixed) / expectedPerContact) : audience;
    contacts = Math.min(audience, affordable);
  }
  const targeting = chooseTargets(input.ranking, audience, contacts);
  const contactCost = lumpSum ?? contacts * perContact;
  // A total cost or a spent budget already includes set-up; a fixed cost is added only to per-contact costs.
  const fixedOnTop = lumpSum === undefined ? fixed : 0;

  const scenario = (response: number): CampaignScenario => {
    const incrementalResponders = contacts * response;
    const incrementalRevenue = incrementalResponders * orders * orderValue;
    const incrementalMargin = incrementalRevenue * margin;
    const redeemers = contacts * Math.min(1, Math.max(0, response + baseline));
    const cost = contactCost + fixedOnTop + redeemers * perRedeemer;
    const netReturn = incrementalMargin - cost;
    return {
      incrementalResponse: response,
      incrementalResponders,
      incrementalRevenue,
      incrementalMargin,
      cost,
      netReturn,
      roi: netReturn / cost,
    };
  };
  const base = scenario(range.base);
  if (!(base.cost > 0)) {
    throw new RoiInputError(
      'ROI_UNDEFINED_ZERO_COST',
      'The campaign costs nothing (no contacts, no cost per contact, no total or fixed cost), and ROI = (margin − cost) / cost ' +
        'is undefined when cost is 0. Give the cost per contact or the total cost; for a free campaign look at the incremental margin.',
      { field: 'costPerContact', contacts, perContact, fixed },
    );
  }
  const marginPerResponder = orders * orderValue * margin;
  const fixedPart = contactCost + fixedOnTop + contacts * baseline * perRedeemer;
  const perResponseUnit = contacts * (marginPerResponder - perRedeemer);
  const breakEvenResponse = contacts > 0 && perResponseUnit > 0 ? fixedPart / perResponseUnit : null;
  const low = scenario(range.low);
  const high = scenario(range.high);
  const outlook = low.roi >= 0 ? 'positive' : base.roi >= 0 ? 'uncertain' : 'negative';

  const assumptions: CampaignAssumption[] = [
    { key: 'incrementalResponse', value: { low: range.low, base: range.base, high: range.high }, source: range.source },
    { key: 'averageOrderValue', value: orderValue, source: 'derived' },
    {
      key: 'extraOrdersPerResponder',
      value: orders,
      source: input.extraOrdersPerResponder === undefined ? 'default' : 'given',
    },
    {
      key: 'grossMargin',
      value: margin,
      source: input.grossMargin === undefined ? 'default' : (input.grossMarginSource ?? 'given'),
    },
  ];
  if (totalCost !== undefined) assumptions.push({ key: 'totalCost', value: totalCost, source: 'given' });
  if (budget !== undefined) assumptions.push({ key: 'budget', value: budget, source: 'given' });
  if (lumpSum === undefined) {
    assumptions.push({
      key: 'costPerContact',
      value: perContact,
      source: givenPerContact === undefined ? 'default' : 'given',
    });
  }
  if (discount > 0) assumptions.push({ key: 'discountRate', value: discount, source: 'given' });
  if (incentive > 0) assumptions.push({ key: 'incentivePerRedeemer', value: incentive, source: 'given' });
  if (fixedOnTop > 0) assumptions.push({ key: 'fixedCost', value: fixed, source: 'given' });
  if (baseline > 0) assumptions.push({ key: 'baselineRate', value: baseline, source: 'given' });
  if (input.ranking) assumptions.push({ key: 'targeting', value: targeting.contacts, source: 'derived' });

  return {
    targeting,
    low,
    base,
    high,
    marginPerResponder,
    breakEvenResponse,
    outlook,
    assumptions,
    highRoiReason:
      base.roi > defaultCampaignAssumptions.implausibleRoi
        ? highRoiReason(base, contacts, orderValue, assumptions)
        : null,
  };
}

/** Who is contacted: everyone, or within the budget the top by predicted probability. */
function chooseTargets(ranking: ArrayLike<number> | undefined, audience: number, contacts: number): CampaignTargeting {
  if (!ranking || ranking.length === 0) {
    return {
      kind: contacts < audience ? 'first-within-budget' : 'everyone',
      audienceSize: audience,
      contacts,
      contactedMeanScore: null,
      audienceMeanScore: null,
    };
  }
  for (let index = 0; index < ranking.length; index += 1) checkNumber(`ranking[${index}]`, ranking[index], 'rate');
  const sorted = Array.from(ranking).sort((left, right) => right - left);
  // The ranking may be a sample of the audience: take the same share of it as of the audience.
  const taken = audience > 0 ? Math.round((contacts / audience) * sorted.length) : 0;
  return {
    kind: contacts < audience ? 'top-ranked' : 'everyone',
    audienceSize: audience,
    contacts,
    contactedMeanScore: taken > 0 ? mean(sorted, taken) : null,
    audienceMeanScore: mean(sorted, sorted.length),
  };
}

/** The input behind an ROI above 1,000 %: a tiny cost against the order's margin, or a large response or order. */
function highRoiReason(
  base: CampaignScenario,
  contacts: number,
  orderValue: number,
  assumptions: readonly CampaignAssumption[],
): HighRoiReason {
  const costPerContact = base.cost / contacts;
  const find = (key: CampaignAssumption['key']): CampaignAssumption | undefined =>
    assumptions.find((entry) => entry.key === key);
  const cost = find('totalCost') ?? find('budget') ?? find('costPerContact');
  const response = find('incrementalResponse')!;
  // A cost under 1 % of the order is what makes ROI explode unless the response was set high.
  const driver =
    cost && costPerContact < 0.01 * orderValue
      ? cost
      : response.source !== 'default'
        ? response
        : find('averageOrderValue')!;
  return { marginPerContact: base.incrementalMargin / contacts, costPerContact, driver };
}
