import { createRandom, type Random } from '../random/create-random.ts';
import { sampleBinomial } from '../random/sample-binomial.ts';
import { sampleGamma } from '../random/sample-gamma.ts';
import { normalQuantile } from '../statistics/normal-quantile.ts';
import { WhatIfError } from '../engine-errors.ts';
import type {
  ResponseBelief,
  SimulatedRange,
  WhatIfInput,
  WhatIfOptions,
  WhatIfOutcome,
  WhatIfSensitivity,
} from './what-if-types.ts';

export const defaultWhatIfOptions: WhatIfOptions = {
  simulations: 4000,
  seed: 1,
  intervalLevel: 0.9,
  histogramBins: 12,
};

/** z of the 95th percentile: a stated low / high are read as the 5th / 95th percentiles. */
const z95 = normalQuantile(0.95);

function fail(field: string, value: unknown, rule: string): never {
  throw new WhatIfError('WHAT_IF_INVALID_INPUT', `${field} = ${String(value)}; ${rule}.`, { field, value });
}

function check(input: WhatIfInput, options: WhatIfOptions): void {
  const finite = (field: string, value: number, min: number, max = Number.POSITIVE_INFINITY): void => {
    if (!(Number.isFinite(value) && value >= min && value <= max))
      fail(field, value, `use a number in [${min}, ${max}]`);
  };
  if (!(Number.isInteger(input.contacts) && input.contacts >= 0))
    fail('contacts', input.contacts, 'use a whole number ≥ 0');
  finite('contactCost', input.contactCost, 0);
  finite('discountRate', input.discountRate, 0, 1);
  finite('incentivePerRedeemer', input.incentivePerRedeemer, 0);
  finite('baselineRate', input.baselineRate, 0, 1);
  finite('grossMargin', input.grossMargin, 0, 1);
  finite('extraOrdersPerResponder', input.extraOrdersPerResponder, 0);
  finite('orderValue.mean', input.orderValue.mean, 0);
  finite('orderValue.standardDeviation', input.orderValue.standardDeviation, 0);
  if (!(Number.isInteger(input.orderValue.customers) && input.orderValue.customers >= 1))
    fail('orderValue.customers', input.orderValue.customers, 'use a whole number ≥ 1');
  const response = input.response;
  if (response.kind === 'range') {
    finite('response.low', response.low, 0, 1);
    finite('response.base', response.base, 0, 1);
    finite('response.high', response.high, 0, 1);
    if (!(response.low <= response.base && response.base <= response.high))
      fail('response', `${response.low}/${response.base}/${response.high}`, 'use low ≤ base ≤ high');
  } else {
    finite('response.lift', response.lift, -1, 1);
    finite('response.standardError', response.standardError, 0, 1);
  }
  if (!(Number.isInteger(options.simulations) && options.simulations >= 200))
    fail('simulations', options.simulations, 'use a whole number ≥ 200 so the interval ends are stable');
  if (!(options.intervalLevel > 0 && options.intervalLevel < 1))
    fail('intervalLevel', options.intervalLevel, 'use (0, 1)');
  if (!(Number.isInteger(options.histogramBins) && options.histogramBins >= 2))
    fail('histogramBins', options.histogramBins, 'use a whole number ≥ 2');
}

/** The response at standard-normal position z: the belief's own quantile function. */
function responseAt(belief: ResponseBelief, z: number): number {
  if (belief.kind === 'measured') return belief.lift + belief.standardError * z;
  const { low, base, high } = belief;
  if (low > 0) return base * Math.exp((z * Math.log(z < 0 ? base / low : high / base)) / z95);
  return Math.max(0, base + (z * (z < 0 ? base - low : high - base)) / z95);
}

/** Sum of `count` order values with mean `mean` and shape `shape` (Gamma); negative counts give negative sums. */
function orderValues(random: Random, count: number, mean: number, shape: number): number {
  if (count === 0 || mean === 0) return 0;
  if (!Number.isFinite(shape)) return count * mean;
  const sum = sampleGamma(random, Math.abs(count) * shape, shape / mean);
  return count < 0 ? -sum : sum;
}

/**
 * "What if we offer X to segment Y": a seeded Monte Carlo of the campaign's incremental responders,
 * revenue, margin, cost, net return and ROI. Each run draws the uncertain inputs — the incremental
 * response from its belief, the mean order value from its sampling error (and the baseline rate from
 * its own when measured) — then chance: incremental responders ~ Binomial(contacts, response) (a
 * negative response loses buyers), buyers-anyway ~ Binomial(contacts, baseline), their orders' values
 * ~ Gamma with the audience's spread. Cost = contact cost + discount × redeemed orders + incentive ×
 * redeemers; everyone who buys redeems, so the discount erodes the margin of buyers-anyway too.
 * The interval covers both the uncertain inputs and chance. Pure: the same input and seed give the
 * same outcome. Sensitivity moves one assumption from its 5th to its 95th percentile in the closed-form
 * expected net return, the others at their centre.
 *
 * @throws WhatIfError `WHAT_IF_INVALID_INPUT` naming the input and the range it must be in.
 */
export function simulateWhatIf(input: WhatIfInput, options: Partial<WhatIfOptions> = {}): WhatIfOutcome {
  const settings = { ...defaultWhatIfOptions, ...options };
  check(input, settings);
  const random = createRandom(settings.seed);
  const { contacts, orderValue } = input;
  const shape =
    orderValue.standardDeviation > 0 ? (orderValue.mean / orderValue.standardDeviation) ** 2 : Number.POSITIVE_INFINITY;
  const meanError = orderValue.standardDeviation / Math.sqrt(orderValue.customers);
  const baselineError =
    input.baselineCustomers === null || input.baselineCustomers <= 0
      ? 0
      : Math.sqrt((input.baselineRate * (1 - input.baselineRate)) / input.baselineCustomers);
  const count = settings.simulations;
  const series = {
    incrementalResponders: new Float64Array(count),
    incrementalRevenue: new Float64Array(count),
    incrementalMargin: new Float64Array(count),
    cost: new Float64Array(count),
    netReturn: new Float64Array(count),
    roi: new Float64Array(count),
  };
  let profitable = 0;
  for (let run = 0; run < count; run += 1) {
    const response = Math.min(1, Math.max(-1, responseAt(input.response, random.normal())));
    // A mean order drawn below zero would be meaningless; a tiny positive floor keeps the Gamma defined.
    const mean = Math.max(orderValue.mean * 1e-3, orderValue.mean + meanError * random.normal());
    const baseline = Math.min(1, Math.max(0, input.baselineRate + baselineError * random.normal()));
    const anyway = sampleBinomial(random, contacts, baseline);
    const incremental =
      response >= 0
        ? sampleBinomial(random, contacts - anyway, Math.min(1, response / Math.max(1e-12, 1 - baseline)))
        : -sampleBinomial(random, anyway, Math.min(1, -response / Math.max(1e-12, baseline)));
    const incrementalOrders = incremental * input.extraOrdersPerResponder;
    const revenue = orderValues(random, incrementalOrders, mean, shape);
    const firstOrders = incremental >= 0 ? orderValues(random, incremental, mean, shape) : 0;
    const redeemers = Math.max(0, anyway + Math.min(0, incremental)) + Math.max(0, incremental);
    const redeemedValue =
      orderValues(random, Math.max(0, anyway + Math.min(0, incremental)), mean, shape) + firstOrders;
    const cost = input.contactCost + input.discountRate * redeemedValue + input.incentivePerRedeemer * redeemers;
    const margin = revenue * input.grossMargin;
    const net = margin - cost;
    series.incrementalResponders[run] = incremental;
    series.incrementalRevenue[run] = revenue;
    series.incrementalMargin[run] = margin;
    series.cost[run] = cost;
    series.netReturn[run] = net;
    series.roi[run] = cost > 0 ? net / cost : 0;
    if (net > 0) profitable += 1;
  }
  const tail = (1 - settings.intervalLevel) / 2;
  const range = (values: Float64Array): SimulatedRange => {
    const sorted = Float64Array.from(values).sort();
    let total = 0;
    for (const value of sorted) total += value;
    return {
      mean: total / sorted.length,
      median: quantile(sorted, 0.5),
      low: quantile(sorted, tail),
      high: quantile(sorted, 1 - tail),
    };
  };
  return {
    incrementalResponders: range(series.incrementalResponders),
    incrementalRevenue: range(series.incrementalRevenue),
    incrementalMargin: range(series.incrementalMargin),
    cost: range(series.cost),
    netReturn: range(series.netReturn),
    roi: range(series.roi),
    probabilityProfitable: profitable / count,
    histogram: histogram(series.netReturn, settings.histogramBins),
    sensitivity: sensitivity(input, meanError, baselineError),
    options: settings,
  };
}

/** Linear-interpolated quantile of sorted values. */
function quantile(sorted: Float64Array, probability: number): number {
  const position = probability * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function histogram(values: Float64Array, bins: number): WhatIfOutcome['histogram'] {
  const sorted = Float64Array.from(values).sort();
  const from = quantile(sorted, 0.01);
  const to = quantile(sorted, 0.99);
  const width = to > from ? (to - from) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  for (const value of sorted) counts[Math.min(bins - 1, Math.max(0, Math.floor((value - from) / width)))]! += 1;
  return counts.map((count, index) => ({ from: from + index * width, to: from + (index + 1) * width, count }));
}

/** Expected net return for given response, mean order, margin and baseline (what the simulation averages to). */
export function expectedNetReturn(
  input: WhatIfInput,
  at: { response: number; orderValue: number; grossMargin: number; baselineRate: number },
): number {
  const responders = input.contacts * at.response;
  const revenue = responders * input.extraOrdersPerResponder * at.orderValue;
  const redeemers = input.contacts * Math.min(1, Math.max(0, at.baselineRate + at.response));
  const cost = input.contactCost + redeemers * (input.discountRate * at.orderValue + input.incentivePerRedeemer);
  return revenue * at.grossMargin - cost;
}

function sensitivity(input: WhatIfInput, meanError: number, baselineError: number): WhatIfSensitivity[] {
  const centre = {
    response: responseAt(input.response, 0),
    orderValue: input.orderValue.mean,
    grossMargin: input.grossMargin,
    baselineRate: input.baselineRate,
  };
  const ends: [WhatIfSensitivity['assumption'], keyof typeof centre, number, number][] = [
    ['incrementalResponse', 'response', responseAt(input.response, -z95), responseAt(input.response, z95)],
    [
      'averageOrderValue',
      'orderValue',
      Math.max(0, centre.orderValue - z95 * meanError),
      centre.orderValue + z95 * meanError,
    ],
  ];
  if (input.grossMarginRange)
    ends.push(['grossMargin', 'grossMargin', input.grossMarginRange.low, input.grossMarginRange.high]);
  if (baselineError > 0)
    ends.push([
      'baselineRate',
      'baselineRate',
      Math.max(0, centre.baselineRate - z95 * baselineError),
      Math.min(1, centre.baselineRate + z95 * baselineError),
    ]);
  return ends
    .map(([assumption, key, low, high]) => {
      const netReturnAtLow = expectedNetReturn(input, { ...centre, [key]: low });
      const netReturnAtHigh = expectedNetReturn(input, { ...centre, [key]: high });
      return {
        assumption,
        low,
        high,
        netReturnAtLow,
        netReturnAtHigh,
        swing: Math.abs(netReturnAtHigh - netReturnAtLow),
      };
    })
    .sort((left, right) => right.swing - left.swing);
}
