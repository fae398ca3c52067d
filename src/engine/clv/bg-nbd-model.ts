import { ClvError } from '../engine-errors.ts';
import type { CustomerSummary } from './customer-summary.ts';
import { hypergeometric2F1 } from './hypergeometric-2f1.ts';
import { logGamma } from './log-gamma.ts';

/**
 * BG/NBD parameters: purchase rates are Gamma(shape r, rate alpha) across customers (alpha in the
 * data's time unit), dropout probabilities after each purchase are Beta(a, b).
 */
export interface BgNbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

// The forecast divides by (a − 1); right at a = 1 it is a 0/0 limit, taken as the mean of both sides.
const unitShapeGap = 1e-7;

/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", with the
 * same formulas as python `lifetimes`' BetaGeoFitter, evaluated in log space.
 */
export class BgNbdModel {
  readonly parameters: Readonly<BgNbdParameters>;

  constructor(parameters: BgNbdParameters) {
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      const value = parameters[name];
      if (!(Number.isFinite(value) && value > 0)) {
        throw new ClvError(
          'CLV_INVALID_INPUT',
          `BG/NBD parameter ${name} = ${value}; every parameter must be finite and > 0.`,
          {
            field: name,
            value,
          },
        );
      }
    }
    this.parameters = { r: parameters.r, alpha: parameters.alpha, a: parameters.a, b: parameters.b };
  }

  /**
   * Log-likelihood of one customer's (x, t_x, T) (FHL 2005 eq. 6):
   * ln[Γ(r+x)αʳ/Γ(r)] + ln[B(a, b+x)/B(a, b)] + ln[(α+T)^−(r+x) + 𝟙(x>0)·a/(b+x−1)·(α+t_x)^−(r+x)].
   * The second summand of the last bracket exists only for x > 0 (b + x − 1 can be negative at x = 0).
   */
  logLikelihood(customer: CustomerSummary): number {
    return this.frequencyTerm(customer.frequency) + this.timingTerm(customer);
  }

  /**
   * Sum of {@link logLikelihood} over customers, each counted `weights[i]` times when weights are
   * given (customers with the same (x, t_x, T) can be passed once, see `compressCustomerSummaries`);
   * the Γ terms are computed once per distinct x.
   */
  totalLogLikelihood(customers: readonly CustomerSummary[], weights?: ArrayLike<number>): number {
    // Fits evaluate this hundreds of times; x takes few distinct values, so caching the log-gamma
    // part per x makes a CDNOW-sized fit several times faster.
    const frequencyTerms = new Map<number, number>();
    let total = 0;
    for (let index = 0; index < customers.length; index += 1) {
      const customer = customers[index]!;
      let frequencyTerm = frequencyTerms.get(customer.frequency);
      if (frequencyTerm === undefined) {
        frequencyTerm = this.frequencyTerm(customer.frequency);
        frequencyTerms.set(customer.frequency, frequencyTerm);
      }
      total += (frequencyTerm + this.timingTerm(customer)) * (weights ? weights[index]! : 1);
    }
    return total;
  }

  /** P(customer still active at the end of the calibration period | x, t_x, T) (FHL 2008 note). */
  probabilityAlive(customer: CustomerSummary): number {
    const { r, alpha, a, b } = this.parameters;
    const { frequency: x, recency, age } = customer;
    if (x === 0) return 1;
    // 1 / (1 + e^L) computed so that a huge L underflows to 0 instead of overflowing.
    const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + age) / (alpha + recency));
    return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
  }

  /**
   * E[purchases in (T, T + horizon] | x, t_x, T] (FHL 2005 eq. 10), as in lifetimes'
   * `conditional_expected_number_of_purchases_up_to_time`: the new-customer-style forecast from
   * age T with the customer's posterior rate, times P(alive).
   */
  expectedPurchases(customer: CustomerSummary, horizon: number): number {
    return this.expectedPurchasesIfAlive(customer.frequency, customer.age, horizon) * this.probabilityAlive(customer);
  }

  /**
   * {@link expectedPurchases} divided by P(alive): the forecast of a customer known to be active. It
   * depends on x and T only (not t_x), so a forecast over many customers can compute it once per
   * distinct (x, T) — the costly part, a ₂F₁ series — and multiply by each customer's P(alive).
   */
  expectedPurchasesIfAlive(frequency: number, age: number, horizon: number): number {
    checkHorizon(horizon);
    return this.forecastFactor(frequency, age, horizon);
  }

  /** E[X(t)]: expected purchases of a newly acquired customer during its first `horizon` (FHL 2005 eq. 9). */
  expectedPurchasesNewCustomer(horizon: number): number {
    checkHorizon(horizon);
    return this.forecastFactor(0, 0, horizon);
  }

  /**
   * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t).
   * By Euler's transformation the bracket equals 1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z):
   * the same number without the (1−z)^−(r+x) blow-up that overflows for heavy buyers.
   */
  private forecastFactor(x: number, age: number, horizon: number): number {
    const { a } = this.parameters;
    if (horizon === 0) return 0;
    if (Math.abs(a - 1) < unitShapeGap) {
      return (
        0.5 *
        (this.forecastFactorAt(1 - unitShapeGap, x, age, horizon) +
          this.forecastFactorAt(1 + unitShapeGap, x, age, horizon))
      );
    }
    return this.forecastFactorAt(a, x, age, horizon);
  }

  private forecastFactorAt(a: number, x: number, age: number, horizon: number): number {
    const { r, alpha, b } = this.parameters;
    const z = horizon / (alpha + age + horizon);
    const logOneMinusZ = Math.log((alpha + age) / (alpha + age + horizon));
    const hypergeometric = hypergeometric2F1(a + b - 1 - r, a - 1, a + b + x - 1, z);
    // expm1 keeps short horizons accurate; a negative ₂F₁ (possible when a + b + x − 1 < 0) has no log.
    const bracket =
      hypergeometric > 0
        ? -Math.expm1((a - 1) * logOneMinusZ + Math.log(hypergeometric))
        : 1 - Math.exp((a - 1) * logOneMinusZ) * hypergeometric;
    return ((a + b + x - 1) / (a - 1)) * bracket;
  }

  /** ln[Γ(r+x)αʳ/Γ(r)] + ln[B(a, b+x)/B(a, b)]: the part that depends on x only. */
  private frequencyTerm(x: number): number {
    const { r, alpha, a, b } = this.parameters;
    return (
      logGamma(r + x) -
      logGamma(r) +
      r * Math.log(alpha) +
      logGamma(a + b) +
      logGamma(b + x) -
      logGamma(b) -
      logGamma(a + b + x)
    );
  }

  /** ln[(α+T)^−(r+x) + 𝟙(x>0)·a/(b+x−1)·(α+t_x)^−(r+x)]; the second summand only exists for x > 0. */
  private timingTerm(customer: CustomerSummary): number {
    const { r, alpha, a, b } = this.parameters;
    const { frequency: x, recency, age } = customer;
    const aliveTerm = -(r + x) * Math.log(alpha + age);
    if (x === 0) return aliveTerm;
    return logAddExp(aliveTerm, Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency));
  }
}

function logAddExp(left: number, right: number): number {
  const larger = Math.max(left, right);
  if (larger === Number.NEGATIVE_INFINITY) return larger;
  return larger + Math.log1p(Math.exp(-Math.abs(left - right)));
}

function checkHorizon(horizon: number): void {
  if (!(Number.isFinite(horizon) && horizon >= 0)) {
    throw new ClvError(
      'CLV_INVALID_INPUT',
      `Forecast horizon = ${horizon}; it must be a finite time ≥ 0 in the data's time unit.`,
      {
        field: 'horizon',
        value: horizon,
      },
    );
  }
}
