/**
 * Types of the shared cost-and-value model of a campaign ({@link estimateCampaign}). One model is
 * used by estimate_roi, draft_campaign, meeting phrasing and the what-if / A/B tools, so the same
 * inputs give the same numbers everywhere. Money is in the dataset's currency; rates are shares in [0, 1].
 */

/**
 * The campaign's *incremental* response: customers who buy because of the campaign and would not
 * have bought otherwise. Never the historical share of responders (most of those buy anyway).
 * - `assumed`: a stated low/base/high range (the default when nothing was measured).
 * - `measured`: a lift measured by the user (an A/B test or a previous campaign), optionally with
 *   its confidence interval, which becomes low/high.
 */
export type IncrementalResponse =
  | { readonly kind: 'assumed'; readonly low: number; readonly base: number; readonly high: number }
  | { readonly kind: 'measured'; readonly lift: number; readonly lower?: number; readonly upper?: number };

/** What the campaign costs. Every field is optional; what is missing comes from the defaults. */
export interface CampaignCosts {
  /** The whole campaign's cost (「費用50万円」): replaces the default contact cost. */
  readonly totalCost?: number;
  /** A spending cap (「予算30万」): contact costs may not exceed it, so fewer may be contacted. */
  readonly budget?: number;
  /** Cost of contacting one customer (「1人300円」, "$2 per contact"). */
  readonly costPerContact?: number;
  /** Discount on the order of everyone who redeems (「15%割引」 = 0.15), paid on orders only. */
  readonly discountRate?: number;
  /** A fixed incentive paid per redeeming customer (a ¥500 coupon). */
  readonly incentivePerRedeemer?: number;
  /** Cost that does not scale with contacts (design, set-up), on top of the contact cost. */
  readonly fixedCost?: number;
}

/** Inputs of {@link estimateCampaign}. */
export interface CampaignInput {
  /** Customers in the audience (the segment) before any budget cap. */
  readonly audienceSize: number;
  /** Average revenue of one order in the audience. */
  readonly averageOrderValue: number;
  /** Default contact cost when the costs give none (e.g. 1 % of the dataset's average order). */
  readonly defaultCostPerContact: number;
  readonly costs?: CampaignCosts;
  /** Default: {@link defaultCampaignAssumptions}.incrementalResponse. */
  readonly response?: IncrementalResponse;
  /** Share of revenue kept as margin; default {@link defaultCampaignAssumptions}.grossMargin. */
  readonly grossMargin?: number;
  /** Where a given `grossMargin` comes from (default 'given'; 'dataset' for the dataset's setting). */
  readonly grossMarginSource?: AssumptionSource;
  /** Extra orders one incremental responder places over the horizon; default 1 (the campaign order). */
  readonly extraOrdersPerResponder?: number;
  /**
   * Share of the audience that buys within the horizon anyway (the control group's rate, e.g. the
   * historical response share). Used for discounts those buyers also redeem and for the A/B test
   * size; never credited to the campaign. Default 0.
   */
  readonly baselineRate?: number;
  /**
   * Predicted response probabilities of the audience's customers. They decide *who* is contacted
   * when the budget covers only part of the audience (highest first); they do not set the response.
   */
  readonly ranking?: ArrayLike<number>;
}

/** One scenario (low, base or high incremental response). */
export interface CampaignScenario {
  readonly incrementalResponse: number;
  readonly incrementalResponders: number;
  /** Incremental responders × extra orders × average order value. */
  readonly incrementalRevenue: number;
  /** Incremental revenue × gross margin. */
  readonly incrementalMargin: number;
  /** Total cost: contacts, fixed, discounts and incentives of every redeemer. */
  readonly cost: number;
  /** Incremental margin − cost. */
  readonly netReturn: number;
  /** (incremental margin − cost) / cost: return on profit, not on revenue. */
  readonly roi: number;
}

/** Where a number in the assumptions came from. */
/** `dataset`: a setting stored with the dataset (its gross margin), not given in this question. */
export type AssumptionSource = 'given' | 'default' | 'derived' | 'measured' | 'dataset';

/** One stated assumption, for the answer's list (tools put it into words). */
export interface CampaignAssumption {
  readonly key:
    | 'incrementalResponse'
    | 'grossMargin'
    | 'averageOrderValue'
    | 'extraOrdersPerResponder'
    | 'costPerContact'
    | 'totalCost'
    | 'budget'
    | 'discountRate'
    | 'incentivePerRedeemer'
    | 'fixedCost'
    | 'baselineRate'
    | 'targeting';
  readonly value: number | { readonly low: number; readonly base: number; readonly high: number };
  readonly source: AssumptionSource;
}

/** How the audience was chosen: everyone, or the top by predicted probability within the budget. */
export interface CampaignTargeting {
  readonly kind: 'everyone' | 'top-ranked' | 'first-within-budget';
  readonly audienceSize: number;
  readonly contacts: number;
  /** Mean predicted probability of those contacted vs the whole audience; null without a ranking. */
  readonly contactedMeanScore: number | null;
  readonly audienceMeanScore: number | null;
}

/** Why an ROI is above {@link CampaignEstimate.implausibleRoi}: the inputs that drive it. */
export interface HighRoiReason {
  /** Margin one contacted customer brings at the base response. */
  readonly marginPerContact: number;
  /** Cost per contacted customer, all costs included. */
  readonly costPerContact: number;
  /** The input that makes cost small or value large, with its source. */
  readonly driver: CampaignAssumption;
}

/** Result of {@link estimateCampaign}. */
export interface CampaignEstimate {
  readonly targeting: CampaignTargeting;
  readonly low: CampaignScenario;
  readonly base: CampaignScenario;
  readonly high: CampaignScenario;
  /** Margin one incremental responder brings: order value × extra orders × gross margin. */
  readonly marginPerResponder: number;
  /**
   * Incremental response at which the margin covers the cost; null when none can (a responder is
   * worth no more than their discount, or nobody is contacted).
   */
  readonly breakEvenResponse: number | null;
  /**
   * 'positive': pays back even at the low response; 'uncertain': the base case pays back, the low
   * one does not; 'negative': the base case does not pay back.
   */
  readonly outlook: 'positive' | 'negative' | 'uncertain';
  readonly assumptions: readonly CampaignAssumption[];
  /** Set when the base ROI exceeds 1,000 %: the answer must say which input drives it. */
  readonly highRoiReason: HighRoiReason | null;
}
