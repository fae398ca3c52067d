import { BgNbdModel, type BgNbdParameters } from '../clv/bg-nbd-model.ts';
import type { CustomerValueSummary } from '../clv/customer-lifetime-value.ts';
import { validateCustomerSummaries } from '../clv/customer-summary.ts';
import { GammaGammaModel, type GammaGammaParameters } from '../clv/gamma-gamma-model.ts';
import { createRandom } from '../random/create-random.ts';
import { sampleBeta, sampleGamma } from '../random/sample-gamma.ts';
import { ChurnError } from '../engine-errors.ts';

/** Options of {@link simulateRevenueForecast}. */
export interface RevenueForecastOptions {
  simulations: number;
  seed: number;
  /** Central share of the simulated outcomes the range covers (0.9: the 5th to the 95th percentile). */
  intervalLevel: number;
}

export const defaultRevenueForecastOptions: RevenueForecastOptions = {
  simulations: 2000,
  seed: 1,
  intervalLevel: 0.9,
};

/** A total with the range of its simulated outcomes. */
export interface ForecastRange {
  /** Closed-form expectation under the fitted models. */
  expected: number;
  /** Mean of the simulated totals (close to `expected`; a check on the simulation). */
  simulatedMean: number;
  low: number;
  high: number;
}

/** Next-period purchases and revenue of the existing customers. */
export interface RevenueForecast {
  purchases: ForecastRange;
  revenue: ForecastRange;
  customers: number;
  horizon: number;
  options: RevenueForecastOptions;
}

/**
 * Forecasts the existing customers' purchases and revenue over the next `horizon` (the summaries' time
 * unit) with a seeded Monte Carlo of the fitted models themselves: per customer and run, alive with
 * P(alive); if alive a purchase rate from its posterior Gamma(r + x, α + T) and a dropout probability
 * from Beta(a, b + x); purchases as exponential gaps, each followed by a chance to drop out; each
 * purchase's value from the Gamma-Gamma posterior (ν ~ Gamma(q + p·x, γ + x·z̄), value ~ Gamma(p, ν)).
 * The range covers chance in who buys and how much, not uncertainty in the fitted parameters, and
 * leaves out customers not yet acquired.
 */
export function simulateRevenueForecast(
  purchaseModel: BgNbdParameters,
  spendModel: GammaGammaParameters,
  customers: readonly CustomerValueSummary[],
  horizon: number,
  options: Partial<RevenueForecastOptions> = {},
): RevenueForecast {
  const settings = { ...defaultRevenueForecastOptions, ...options };
  validateCustomerSummaries(customers, { timing: true, spend: true, zeroSpend: true });
  if (!(Number.isFinite(horizon) && horizon > 0))
    throw new ChurnError('CHURN_INVALID_INPUT', `Forecast horizon = ${horizon}; it must be a finite time > 0.`, {
      horizon,
    });
  if (!(Number.isInteger(settings.simulations) && settings.simulations >= 100))
    throw new ChurnError(
      'CHURN_INVALID_INPUT',
      `simulations = ${settings.simulations}; use a whole number ≥ 100 so the range's ends are stable.`,
      { simulations: settings.simulations },
    );
  if (!(settings.intervalLevel > 0 && settings.intervalLevel < 1))
    throw new ChurnError('CHURN_INVALID_INPUT', `intervalLevel = ${settings.intervalLevel}; use a share in (0, 1).`, {
      intervalLevel: settings.intervalLevel,
    });
  const bgnbd = new BgNbdModel(purchaseModel);
  const gammaGamma = new GammaGammaModel(spendModel);
  const { r, alpha, a, b } = bgnbd.parameters;
  const { p, q, gamma } = gammaGamma.parameters;
  const prepared = customers.map((customer) => ({
    x: customer.frequency,
    age: customer.age,
    spendRate: gamma + customer.frequency * (customer.frequency > 0 ? customer.monetaryValue : 0),
    alive: bgnbd.probabilityAlive(customer),
    expectedPurchases: bgnbd.expectedPurchases(customer, horizon),
    orderValue: gammaGamma.conditionalExpectedAverageSpend(customer),
  }));
  const random = createRandom(settings.seed);
  const purchaseTotals = new Float64Array(settings.simulations);
  const revenueTotals = new Float64Array(settings.simulations);
  for (let run = 0; run < settings.simulations; run += 1) {
    let purchases = 0;
    let revenue = 0;
    for (const customer of prepared) {
      if (random.next() >= customer.alive) continue;
      const rate = sampleGamma(random, r + customer.x, alpha + customer.age);
      const dropout = sampleBeta(random, a, b + customer.x);
      const spendScale = sampleGamma(random, q + p * customer.x, customer.spendRate);
      let time = 0;
      for (;;) {
        time += -Math.log(1 - random.next()) / rate;
        if (time > horizon) break;
        purchases += 1;
        revenue += sampleGamma(random, p, spendScale);
        if (random.next() < dropout) break;
      }
    }
    purchaseTotals[run] = purchases;
    revenueTotals[run] = revenue;
  }
  const expectedPurchases = prepared.reduce((sum, customer) => sum + customer.expectedPurchases, 0);
  const expectedRevenue = prepared.reduce((sum, customer) => sum + customer.expectedPurchases * customer.orderValue, 0);
  return {
    purchases: summarize(purchaseTotals, expectedPurchases, settings.intervalLevel),
    revenue: summarize(revenueTotals, expectedRevenue, settings.intervalLevel),
    customers: customers.length,
    horizon,
    options: settings,
  };
}

function summarize(totals: Float64Array, expected: number, level: number): ForecastRange {
  const sorted = Float64Array.from(totals).sort();
  const at = (probability: number): number => {
    const position = probability * (sorted.length - 1);
    const lower = Math.floor(position);
    const upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
  };
  const mean = totals.reduce((sum, value) => sum + value, 0) / totals.length;
  return { expected, simulatedMean: mean, low: at((1 - level) / 2), high: at((1 + level) / 2) };
}
