/**
 * What the simulation believes about the campaign's incremental response (the extra share of the
 * contacted who buy because of it):
 * - `range`: a stated low / base / high (the campaign model's 1 / 2 / 4 % by default), read as the
 *   5th percentile, median and 95th percentile of a split normal on the log scale (linear when low is 0);
 * - `measured`: a lift measured in an A/B test or a past campaign with its standard error (normal; it
 *   may be negative: a campaign can lose buyers).
 */
export type ResponseBelief =
  | { readonly kind: 'range'; readonly low: number; readonly base: number; readonly high: number }
  | { readonly kind: 'measured'; readonly lift: number; readonly standardError: number };

/** The audience's order values: their mean, spread and how many customers they come from. */
export interface OrderValueEvidence {
  readonly mean: number;
  /** Spread of one order's value (the audience's per-customer average orders stand in when orders are not kept). */
  readonly standardDeviation: number;
  /** Customers behind the mean: its uncertainty is standardDeviation / √customers. */
  readonly customers: number;
}

/** Inputs of {@link simulateWhatIf}; money in the dataset's currency, rates as shares. */
export interface WhatIfInput {
  /** Customers the campaign reaches. */
  readonly contacts: number;
  /** Everything that does not depend on who responds: contact costs, a total cost or budget, set-up. */
  readonly contactCost: number;
  /** Discount on the order of everyone who redeems (those who would have bought anyway too). */
  readonly discountRate: number;
  /** Fixed incentive per redeeming customer. */
  readonly incentivePerRedeemer: number;
  /** Share of the contacted who buy within the horizon anyway (they redeem, but are not credited). */
  readonly baselineRate: number;
  /** Customers behind `baselineRate` when it was measured (its uncertainty is simulated); null: taken as known. */
  readonly baselineCustomers: number | null;
  readonly response: ResponseBelief;
  readonly orderValue: OrderValueEvidence;
  readonly grossMargin: number;
  /** Range of the gross margin for the sensitivity (a stated default is uncertain); null when given. */
  readonly grossMarginRange: { readonly low: number; readonly high: number } | null;
  /** Orders one incremental responder places over the horizon (1: the campaign order). */
  readonly extraOrdersPerResponder: number;
}

/** Options of {@link simulateWhatIf}. */
export interface WhatIfOptions {
  simulations: number;
  seed: number;
  /** Central share of the simulated outcomes the interval covers (0.9: 5th to 95th percentile). */
  intervalLevel: number;
  /** Bars of the net-return histogram. */
  histogramBins: number;
}

/** One simulated quantity: its mean, median and interval. */
export interface SimulatedRange {
  readonly mean: number;
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/** One assumption moved from its low to its high end, the others held at their centre. */
export interface WhatIfSensitivity {
  readonly assumption: 'incrementalResponse' | 'averageOrderValue' | 'grossMargin' | 'baselineRate';
  readonly low: number;
  readonly high: number;
  /** Expected net return with the assumption at its low / high end. */
  readonly netReturnAtLow: number;
  readonly netReturnAtHigh: number;
  /** |netReturnAtHigh − netReturnAtLow|. */
  readonly swing: number;
}

/** Result of {@link simulateWhatIf}. */
export interface WhatIfOutcome {
  readonly incrementalResponders: SimulatedRange;
  readonly incrementalRevenue: SimulatedRange;
  readonly incrementalMargin: SimulatedRange;
  readonly cost: SimulatedRange;
  readonly netReturn: SimulatedRange;
  /** Net return / cost per simulation. */
  readonly roi: SimulatedRange;
  /** Share of simulations whose net return is above 0. */
  readonly probabilityProfitable: number;
  /** Net-return histogram: equal-width bins from the 1st to the 99th percentile (outliers in the end bins). */
  readonly histogram: readonly { readonly from: number; readonly to: number; readonly count: number }[];
  /** Largest swing first: the first is the most uncertain assumption. */
  readonly sensitivity: readonly WhatIfSensitivity[];
  readonly options: WhatIfOptions;
}
