import { ClvError } from '../engine-errors.ts';
import type { CustomerSpendSummary } from './customer-summary.ts';
import { logGamma } from './log-gamma.ts';

/**
 * Gamma-Gamma parameters: a transaction's value is Gamma(p, ν) around the customer's mean p/ν, and
 * ν is Gamma(q, gamma) across customers (gamma in the currency's unit).
 */
export interface GammaGammaParameters {
  p: number;
  q: number;
  gamma: number;
}

/**
 * The Gamma-Gamma spend model of Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves",
 * with the formulas of python `lifetimes`' GammaGammaFitter.
 */
export class GammaGammaModel {
  readonly parameters: Readonly<GammaGammaParameters>;

  constructor(parameters: GammaGammaParameters) {
    for (const name of ['p', 'q', 'gamma'] as const) {
      const value = parameters[name];
      if (!(Number.isFinite(value) && value > 0)) {
        throw new ClvError(
          'CLV_INVALID_INPUT',
          `Gamma-Gamma parameter ${name} = ${value}; every parameter must be finite and > 0.`,
          {
            field: name,
            value,
          },
        );
      }
    }
    this.parameters = { p: parameters.p, q: parameters.q, gamma: parameters.gamma };
  }

  /**
   * Log-density of a repeat buyer's mean spend z̄ given x repeat purchases:
   * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄).
   * Customers without repeat purchases carry no spend information and contribute 0.
   */
  logLikelihood(customer: CustomerSpendSummary): number {
    if (customer.frequency === 0) return 0;
    return this.frequencyTerm(customer.frequency) + this.spendTerm(customer);
  }

  /** Sum of {@link logLikelihood} over customers; the Γ terms are computed once per distinct x. */
  totalLogLikelihood(customers: readonly CustomerSpendSummary[]): number {
    const frequencyTerms = new Map<number, number>();
    let total = 0;
    for (const customer of customers) {
      if (customer.frequency === 0) continue;
      let frequencyTerm = frequencyTerms.get(customer.frequency);
      if (frequencyTerm === undefined) {
        frequencyTerm = this.frequencyTerm(customer.frequency);
        frequencyTerms.set(customer.frequency, frequencyTerm);
      }
      total += frequencyTerm + this.spendTerm(customer);
    }
    return total;
  }

  /**
   * E[mean transaction value | x, z̄] = p(γ + x z̄)/(px + q − 1): a weighted average of the population
   * mean pγ/(q−1) and the customer's own z̄ (lifetimes' `conditional_expected_average_profit`).
   * For x = 0 it is the population mean, which exists only when q > 1.
   */
  conditionalExpectedAverageSpend(customer: CustomerSpendSummary): number {
    const { p, q, gamma } = this.parameters;
    const x = customer.frequency;
    const value = x === 0 ? 0 : customer.monetaryValue;
    const denominator = p * x + q - 1;
    if (!(denominator > 0)) {
      throw new ClvError(
        'CLV_NOT_IDENTIFIABLE',
        `The Gamma-Gamma fit has q = ${q} ≤ 1, so the mean spend of a customer with ${x} repeat purchases is infinite. Refit on more repeat buyers or cap extreme order values.`,
        { q, frequency: x },
      );
    }
    return (p * (gamma + x * value)) / denominator;
  }

  /** Population mean transaction value pγ/(q−1), what a customer without repeat purchases is expected to spend. */
  populationMeanSpend(): number {
    return this.conditionalExpectedAverageSpend({ frequency: 0, monetaryValue: 0 });
  }

  /** ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + px ln x: the part that depends on x only. */
  private frequencyTerm(x: number): number {
    const { p, q, gamma } = this.parameters;
    return logGamma(p * x + q) - logGamma(p * x) - logGamma(q) + q * Math.log(gamma) + p * x * Math.log(x);
  }

  /** (px−1) ln z̄ − (px+q) ln(γ + x z̄). */
  private spendTerm(customer: CustomerSpendSummary): number {
    const { p, q, gamma } = this.parameters;
    const { frequency: x, monetaryValue: value } = customer;
    return (p * x - 1) * Math.log(value) - (p * x + q) * Math.log(gamma + x * value);
  }
}
