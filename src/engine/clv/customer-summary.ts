import { ClvError } from '../engine-errors.ts';

/**
 * Purchase history of one customer over a calibration period, in any one time unit (days, weeks…)
 * used throughout: the notation of Fader, Hardie & Lee (2005) is (x, t_x, T).
 */
export interface CustomerSummary {
  /** x: number of repeat purchases (purchases after the first one), a non-negative integer. */
  frequency: number;
  /** t_x: time from the first purchase to the last repeat purchase; 0 when `frequency` is 0. */
  recency: number;
  /** T: time from the first purchase to the end of the calibration period. */
  age: number;
}

/** Repeat-purchase spend of one customer, the input of the Gamma-Gamma model. */
export interface CustomerSpendSummary {
  /** x: number of repeat purchases. */
  frequency: number;
  /** z̄: mean value of the repeat purchases (any currency); ignored when `frequency` is 0. */
  monetaryValue: number;
}

/** What {@link validateCustomerSummaries} checks: recency/age (BG/NBD), monetary value (Gamma-Gamma). */
export interface CustomerSummaryChecks {
  timing: boolean;
  spend: boolean;
  /**
   * Accept z̄ = 0 (repeat purchases that were all free or zero-priced). Fitting Gamma-Gamma takes
   * log z̄ and needs z̄ > 0, but predicting from a fitted model does not: the posterior of ν,
   * Gamma(q + px, γ + x z̄), is defined at z̄ = 0 (CDNOW's master file has such customers).
   */
  zeroSpend?: boolean;
}

/**
 * Throws `CLV_INVALID_INPUT` for the first customer whose fields cannot be a purchase history,
 * naming the index, the field and the fix.
 */
export function validateCustomerSummaries(
  customers: ReadonlyArray<Partial<CustomerSummary & CustomerSpendSummary>>,
  checks: CustomerSummaryChecks,
): void {
  customers.forEach((customer, index) => {
    const frequency = customer.frequency;
    if (typeof frequency !== 'number' || !Number.isFinite(frequency) || frequency < 0 || !Number.isInteger(frequency)) {
      throw invalid(
        index,
        'frequency',
        frequency,
        'it must be a whole number ≥ 0 (count of purchases after the first)',
      );
    }
    if (checks.timing) {
      const { recency, age } = customer;
      if (typeof age !== 'number' || !Number.isFinite(age) || age <= 0) {
        throw invalid(index, 'age', age, 'it must be a finite time > 0 since the first purchase (T)');
      }
      if (typeof recency !== 'number' || !Number.isFinite(recency) || recency < 0) {
        throw invalid(index, 'recency', recency, 'it must be a finite time ≥ 0 since the first purchase (t_x)');
      }
      if (recency > age) {
        throw invalid(
          index,
          'recency',
          recency,
          `it cannot exceed age (${age}): the last purchase must fall inside the period`,
        );
      }
      if (frequency === 0 && recency !== 0) {
        throw invalid(index, 'recency', recency, 'it must be 0 when frequency is 0 (no repeat purchase to date)');
      }
    }
    if (checks.spend && frequency > 0) {
      const value = customer.monetaryValue;
      const allowed =
        typeof value === 'number' && Number.isFinite(value) && (checks.zeroSpend ? value >= 0 : value > 0);
      if (!allowed) {
        throw invalid(
          index,
          'monetaryValue',
          value,
          checks.zeroSpend
            ? 'a repeat buyer needs a finite mean repeat-purchase value ≥ 0'
            : 'a repeat buyer needs a finite mean repeat-purchase value > 0',
        );
      }
    }
  });
}

function invalid(index: number, field: string, value: unknown, rule: string): ClvError {
  return new ClvError(
    'CLV_INVALID_INPUT',
    `Customer ${index} has ${field} = ${String(value)}; ${rule}. Fix that row of the summary or drop the customer.`,
    { index, field, value },
  );
}
