import type { DeclaredGroup } from '../declared-group.ts';
import type { AssumptionSource } from '../../engine/roi/campaign-model-types.ts';
import type { ResponseBelief, WhatIfOutcome } from '../../engine/what-if/what-if-types.ts';

/** simulate_what_if's result: the offer, the simulated outcome and every assumption behind it. */
export interface WhatIfData {
  dataset: string;
  runId: number;
  /** ISO 4217 code of the dataset's amounts. */
  currency: string;
  /** The segment offered to, or null for every customer. */
  segment: { id: number; label: string } | null;
  audienceSize: number;
  contacts: number;
  offer: {
    discountRate: number;
    incentivePerRedeemer: number;
    budget: number | null;
    totalCost: number | null;
    costPerContact: number | null;
    fixedCost: number | null;
    /** Cost that does not depend on who responds (contacts, total cost or budget, set-up). */
    contactCost: number;
  };
  assumptions: {
    response: ResponseBelief & { source: AssumptionSource };
    grossMargin: { value: number; source: AssumptionSource };
    averageOrderValue: number;
    orderValueSpread: number;
    /** Share who buy anyway (from a response-like prediction), or 0 when there is none. */
    baselineRate: number;
    baselineSource: 'prediction' | 'none';
    extraOrdersPerResponder: number;
  };
  /** The base case of the shared campaign model (same as estimate_roi's for the same inputs). */
  baseRoi: number;
  outcome: WhatIfOutcome;
  minimumGroupSize: number;
  groups: DeclaredGroup[];
}
