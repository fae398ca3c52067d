import { checkNumber } from './check-number.ts';
import { RoiInputError } from '../engine-errors.ts';
import type { RoiWarning } from './roi-warning.ts';

/** A pessimistic / expected / optimistic value. */
export interface RateRange {
  readonly low: number;
  readonly base: number;
  readonly high: number;
}

/** Where the value of one responder comes from (only changes the wording of the assumptions). */
export type ResponderValueSource = 'customer-lifetime-value' | 'average-order-value' | 'other';

/** Inputs of {@link estimateRoi}. Rates are shares in [0, 1]; money is in one currency. */
export interface RoiInput {
  /** Customers in the targeted segment (the reach). */
  readonly segmentSize: number;
  /** Share of the segment actually contacted (deliverable e-mail, reachable phone, …); default 1. */
  readonly contactRate?: number;
  /** Share of contacted customers expected to respond: one number or a low/base/high range. */
  readonly responseRate: number | RateRange;
  /**
   * Share that would respond without the offer (control group). Only response above it is credited
   * to the campaign; default 0, i.e. every response is credited (optimistic, flagged in assumptions).
   */
  readonly baselineResponseRate?: number;
  /** Revenue one extra responder brings (CLV or average order value). */
  readonly valuePerResponder: number;
  readonly valueSource?: ResponderValueSource;
  /** Share of revenue kept as profit; default 1, i.e. ROI on revenue. Use the margin for ROI on profit. */
  readonly grossMargin?: number;
  /** Cost of contacting one customer (postage, SMS, discount cost per contact, …). */
  readonly costPerContact: number;
  /** Campaign cost that does not scale with contacts (design, agency, setup); default 0. */
  readonly fixedCost?: number;
}

/** Outcome of one scenario. */
export interface RoiScenario {
  readonly responseRate: number;
  /** Everyone expected to respond, including those who would have anyway. */
  readonly expectedResponders: number;
  /** Responders the campaign adds over the baseline (negative if the offer does worse than no offer). */
  readonly incrementalResponders: number;
  readonly incrementalRevenue: number;
  readonly cost: number;
  /** Incremental revenue − cost. */
  readonly netReturn: number;
  /** (incremental revenue − cost) / cost; 0.5 means 50 % return on the money spent. */
  readonly roi: number;
}

/** Result of {@link estimateRoi}. */
export interface RoiEstimate {
  readonly reach: number;
  readonly contacts: number;
  readonly low: RoiScenario;
  readonly base: RoiScenario;
  readonly high: RoiScenario;
  /**
   * Response rate at which incremental revenue exactly covers the cost; null when no response rate
   * can (nobody is contacted, or a responder is worth nothing).
   */
  readonly breakEvenResponseRate: number | null;
  /** False when the break-even rate is above 100 %: the campaign cannot pay back as planned. */
  readonly breakEvenReachable: boolean;
  /** Plain-language assumptions behind the numbers, to show next to them. */
  readonly assumptions: readonly string[];
  readonly warnings: readonly RoiWarning[];
}

const percent = (value: number): string => `${(value * 100).toFixed(value < 0.01 && value > 0 ? 2 : 1)} %`;
const money = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

function normaliseRange(responseRate: number | RateRange): RateRange {
  if (typeof responseRate === 'number') {
    const rate = checkNumber('responseRate', responseRate, 'rate');
    return { low: rate, base: rate, high: rate };
  }
  const low = checkNumber('responseRate.low', responseRate.low, 'rate');
  const base = checkNumber('responseRate.base', responseRate.base, 'rate');
  const high = checkNumber('responseRate.high', responseRate.high, 'rate');
  if (!(low <= base && base <= high)) {
    throw new RoiInputError(
      'ROI_INVALID_INPUT',
      `responseRate must satisfy low ≤ base ≤ high, got ${low} / ${base} / ${high}.`,
      {
        field: 'responseRate',
        value: { low, base, high },
      },
    );
  }
  return { low, base, high };
}

/**
 * Estimates the return on targeting a segment with an offer, for a low, base and high response rate.
 *
 * contacts = segmentSize × contactRate; incremental responders = contacts × (response − baseline);
 * incremental revenue = incremental responders × valuePerResponder × grossMargin;
 * cost = contacts × costPerContact + fixedCost; ROI = (incremental revenue − cost) / cost.
 *
 * @throws RoiInputError `ROI_INVALID_INPUT` for negative money or counts and rates outside [0, 1];
 *   `ROI_UNDEFINED_ZERO_COST` when the total cost is 0, since ROI divides by cost.
 */
export function estimateRoi(input: RoiInput): RoiEstimate {
  const reach = checkNumber('segmentSize', input.segmentSize, 'non-negative');
  const contactRate = checkNumber('contactRate', input.contactRate ?? 1, 'rate');
  const range = normaliseRange(input.responseRate);
  const baseline = checkNumber('baselineResponseRate', input.baselineResponseRate ?? 0, 'rate');
  const value = checkNumber(
    'valuePerResponder',
    input.valuePerResponder,
    'non-negative',
    'Use the expected revenue (CLV or order value) of one responder.',
  );
  const margin = checkNumber('grossMargin', input.grossMargin ?? 1, 'rate');
  const costPerContact = checkNumber(
    'costPerContact',
    input.costPerContact,
    'non-negative',
    'Costs are amounts spent, so they cannot be negative.',
  );
  const fixedCost = checkNumber(
    'fixedCost',
    input.fixedCost ?? 0,
    'non-negative',
    'Costs are amounts spent, so they cannot be negative.',
  );

  const contacts = reach * contactRate;
  const cost = contacts * costPerContact + fixedCost;
  if (cost === 0) {
    throw new RoiInputError(
      'ROI_UNDEFINED_ZERO_COST',
      'The campaign costs nothing (no contacts or zero cost per contact and no fixed cost), and ROI = (revenue − cost) / cost ' +
        'is undefined when cost is 0. Enter the real cost per contact (including discounts given) or a fixed cost; ' +
        'to judge a free campaign, look at its incremental revenue instead.',
      { field: 'costPerContact', contacts, costPerContact, fixedCost },
    );
  }
  const valuePerIncrementalResponder = value * margin;
  const scenario = (responseRate: number): RoiScenario => {
    const incrementalResponders = contacts * (responseRate - baseline);
    const incrementalRevenue = incrementalResponders * valuePerIncrementalResponder;
    const netReturn = incrementalRevenue - cost;
    return {
      responseRate,
      expectedResponders: contacts * responseRate,
      incrementalResponders,
      incrementalRevenue,
      cost,
      netReturn,
      roi: netReturn / cost,
    };
  };

  const breakEvenResponseRate =
    contacts > 0 && valuePerIncrementalResponder > 0
      ? baseline + cost / (contacts * valuePerIncrementalResponder)
      : null;
  const breakEvenReachable = breakEvenResponseRate !== null && breakEvenResponseRate <= 1;

  const source = input.valueSource ?? 'other';
  const valueWording =
    source === 'customer-lifetime-value'
      ? `each extra responder is worth ${money(value)} of customer lifetime value (future purchases, not just this order)`
      : source === 'average-order-value'
        ? `each extra responder places one order of ${money(value)} (average order value; repeat purchases are not counted)`
        : `each extra responder is worth ${money(value)}`;
  const assumptions = [
    `${money(contacts)} of the ${money(reach)} customers in the segment are contacted (contact rate ${percent(contactRate)}).`,
    range.low === range.high
      ? `${percent(range.base)} of contacted customers respond (one rate given, so low, base and high are equal).`
      : `${percent(range.low)} / ${percent(range.base)} / ${percent(range.high)} of contacted customers respond (low / base / high).`,
    baseline > 0
      ? `${percent(baseline)} would respond without the offer, so only response above that is credited to the campaign.`
      : 'No control-group response rate was given, so every response is credited to the campaign; customers who would have bought anyway make this optimistic.',
    `${valueWording}${margin < 1 ? `, of which ${percent(margin)} is kept as margin (ROI on profit)` : ' (ROI on revenue, not profit)'}.`,
    `Cost is ${money(costPerContact)} per contacted customer plus ${money(fixedCost)} fixed, ${money(cost)} in total.`,
  ];

  const warnings: RoiWarning[] = [];
  for (const [name, rate] of Object.entries(range) as [keyof RateRange, number][]) {
    if (rate < baseline) {
      warnings.push({
        code: 'RESPONSE_BELOW_BASELINE',
        message: `The ${name} response rate (${percent(rate)}) is below the baseline (${percent(baseline)}): in that scenario the offer loses responders.`,
      });
    }
  }
  if (breakEvenResponseRate !== null && !breakEvenReachable) {
    warnings.push({
      code: 'BREAK_EVEN_UNREACHABLE',
      message: `Break-even needs a response rate of ${percent(breakEvenResponseRate)}, above 100 %: the campaign cannot pay back as planned; cut cost or target higher-value customers.`,
    });
  }
  if (breakEvenResponseRate === null) {
    warnings.push({
      code: 'NO_BREAK_EVEN',
      message: 'No response rate breaks even: nobody is contacted or a responder is worth nothing.',
    });
  }
  return {
    reach,
    contacts,
    low: scenario(range.low),
    base: scenario(range.base),
    high: scenario(range.high),
    breakEvenResponseRate,
    breakEvenReachable,
    assumptions,
    warnings,
  };
}
