import type { CustomerSummary } from '../clv/customer-summary.ts';
import { ChurnError } from '../engine-errors.ts';
import type { PurchaseForecast } from './forecast-customer-purchases.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Options of {@link assessChurnRisk}: the "at risk" rule, stated in numbers. */
export interface ChurnRiskOptions {
  /** Valuable = past spend at or above this quantile of all buyers' past spend (0.6: the top 40 %). */
  valueQuantile: number;
  /** At risk = expected purchases next period below this share of the customer's own past pace. */
  dropRatio: number;
  /** Repeat purchases needed before a pace (and so a drop) means anything: one-time buyers are left out. */
  minimumRepeatPurchases: number;
}

export const defaultChurnRiskOptions: ChurnRiskOptions = {
  valueQuantile: 0.6,
  dropRatio: 0.5,
  minimumRepeatPurchases: 1,
};

/** What the rule needs of one customer besides the forecast. */
export interface ChurnRiskCustomer {
  summary: CustomerSummary;
  /** Total spend to date (any currency). */
  pastSpend: number;
  /** Expected value of one future purchase (e.g. Gamma-Gamma's conditional mean). */
  orderValue: number;
  /** Lifetime value over the CLV horizon, or null when unknown. */
  lifetimeValue: number | null;
}

/** The verdict on one customer. */
export interface ChurnRiskVerdict {
  valuable: boolean;
  atRisk: boolean;
  /** Purchases the customer's past pace (x / T) gives over the same period. */
  pastPacePurchases: number;
  /** Expected next-period purchases / past-pace purchases; null for customers without a pace. */
  paceRatio: number | null;
  /** (past pace − expected) × order value for at-risk customers, else 0. */
  revenueDrop: number;
}

/** The whole assessment. */
export interface ChurnRiskAssessment {
  verdicts: ChurnRiskVerdict[];
  /** The past-spend threshold that makes a customer valuable. */
  valueThreshold: number;
  valuableCount: number;
  atRiskCount: number;
  /** Σ lifetime value of the at-risk customers (what is lost if they all go). */
  lifetimeValueAtRisk: number;
  /** Σ revenue drop next period of the at-risk customers against their own past pace. */
  revenueDropNextPeriod: number;
  options: ChurnRiskOptions;
}

/**
 * Flags valuable customers whose expected purchases dropped: a customer is **valuable** when their
 * past spend is in the top (1 − valueQuantile) of buyers and they bought again at least
 * `minimumRepeatPurchases` times, and **at risk** when valuable and the BG/NBD expectation for the
 * next period is below `dropRatio` × their own past pace (repeat purchases per unit time since the
 * first purchase, x / T, times the period). The whole base is ranked by expected purchases (fewest
 * first): on CDNOW that ranking separates next period's lapsed customers better than P(buy again).
 *
 * @param forecasts from {@link forecastCustomerPurchases} over `horizon`, in the same order.
 */
export function assessChurnRisk(
  customers: readonly ChurnRiskCustomer[],
  forecasts: readonly PurchaseForecast[],
  horizon: number,
  options: Partial<ChurnRiskOptions> = {},
): ChurnRiskAssessment {
  const settings = { ...defaultChurnRiskOptions, ...options };
  checkInputs(customers, forecasts, horizon, settings);
  const valueThreshold = quantile(
    customers.map((customer) => customer.pastSpend),
    settings.valueQuantile,
  );
  let lifetimeValueAtRisk = 0;
  let revenueDropNextPeriod = 0;
  const verdicts = customers.map((customer, index): ChurnRiskVerdict => {
    const forecast = forecasts[index]!;
    const { frequency, age } = customer.summary;
    const pastPacePurchases = frequency > 0 ? (frequency / age) * horizon : 0;
    const paceRatio = pastPacePurchases > 0 ? forecast.expectedPurchases / pastPacePurchases : null;
    const valuable = customer.pastSpend >= valueThreshold && frequency >= settings.minimumRepeatPurchases;
    const atRisk = valuable && paceRatio !== null && paceRatio < settings.dropRatio;
    const revenueDrop = atRisk ? (pastPacePurchases - forecast.expectedPurchases) * customer.orderValue : 0;
    if (atRisk) {
      lifetimeValueAtRisk += customer.lifetimeValue ?? 0;
      revenueDropNextPeriod += revenueDrop;
    }
    return { valuable, atRisk, pastPacePurchases, paceRatio, revenueDrop };
  });
  return {
    verdicts,
    valueThreshold,
    valuableCount: verdicts.filter((verdict) => verdict.valuable).length,
    atRiskCount: verdicts.filter((verdict) => verdict.atRisk).length,
    lifetimeValueAtRisk,
    revenueDropNextPeriod,
    options: settings,
  };
}

/** Linear-interpolation quantile (numpy's default), of a copy. */
function quantile(values: readonly number[], probability: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  const position = probability * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function checkInputs(
  customers: readonly ChurnRiskCustomer[],
  forecasts: readonly PurchaseForecast[],
  horizon: number,
  settings: ChurnRiskOptions,
): void {
  const fail = (message: string, details: Record<string, unknown>): never => {
    throw new ChurnError('CHURN_INVALID_INPUT', message, details);
  };
  if (customers.length === 0) fail('Churn risk needs at least one customer with a purchase.', {});
  if (forecasts.length !== customers.length)
    fail(
      `Got ${groupDigits(customers.length)} customers but ${forecasts.length} forecasts; pass one forecast per customer.`,
      {
        customers: customers.length,
        forecasts: forecasts.length,
      },
    );
  if (!(Number.isFinite(horizon) && horizon > 0))
    fail(`Forecast horizon = ${horizon}; it must be a finite time > 0.`, { horizon });
  if (!(settings.valueQuantile >= 0 && settings.valueQuantile <= 1))
    fail(`valueQuantile = ${settings.valueQuantile}; use a share between 0 and 1 (0.6 = top 40 %).`, {
      valueQuantile: settings.valueQuantile,
    });
  if (!(settings.dropRatio > 0 && settings.dropRatio <= 1))
    fail(`dropRatio = ${settings.dropRatio}; use a share in (0, 1] (0.5 = below half the past pace).`, {
      dropRatio: settings.dropRatio,
    });
  customers.forEach((customer, index) => {
    if (!(Number.isFinite(customer.pastSpend) && customer.pastSpend >= 0))
      fail(`Customer ${index} has past spend ${customer.pastSpend}; it must be a finite amount ≥ 0.`, { index });
    if (!(Number.isFinite(customer.orderValue) && customer.orderValue >= 0))
      fail(`Customer ${index} has order value ${customer.orderValue}; it must be a finite amount ≥ 0.`, { index });
  });
}
