import { BgNbdModel, type BgNbdParameters } from './bg-nbd-model.ts';
import { ClvError } from '../engine-errors.ts';
import { validateCustomerSummaries, type CustomerSpendSummary, type CustomerSummary } from './customer-summary.ts';
import { GammaGammaModel, type GammaGammaParameters } from './gamma-gamma-model.ts';

/** Options of {@link customerLifetimeValue}. */
export interface CustomerLifetimeValueOptions {
  /** Number of discounting periods in the horizon (lifetimes' `time`, e.g. 12 months). */
  periods: number;
  /**
   * Length of one period in the data's time unit: 1 when the period is the unit itself, 4.345 for
   * months on weekly data, 30 for months on daily data (lifetimes' `freq` factor).
   */
  periodLength: number;
  /** Discount rate per period, e.g. 0.01 = 1 % a month for monthly periods. */
  discountRatePerPeriod: number;
}

export const defaultCustomerLifetimeValueOptions: CustomerLifetimeValueOptions = {
  periods: 12,
  periodLength: 1,
  discountRatePerPeriod: 0.01,
};

/** A customer's history with the mean value of the repeat purchases (ignored when frequency is 0). */
export type CustomerValueSummary = CustomerSummary & CustomerSpendSummary;

/** Forecast for one customer over the whole horizon. */
export interface CustomerLifetimeValueForecast {
  /** Position of the customer in the input. */
  customerIndex: number;
  /** Σ over periods of incremental expected purchases × expected spend, discounted. */
  lifetimeValue: number;
  /** Expected purchases over the whole horizon (undiscounted). */
  expectedPurchases: number;
  /** Gamma-Gamma conditional expected value of one transaction. */
  expectedAverageSpend: number;
  /** BG/NBD P(still active) at the end of the calibration period. */
  probabilityAlive: number;
}

/** Result of {@link customerLifetimeValue}. */
export interface CustomerLifetimeValueResult {
  customers: CustomerLifetimeValueForecast[];
  totalLifetimeValue: number;
  /** Horizon length in the data's time unit (periods × periodLength). */
  horizon: number;
  options: CustomerLifetimeValueOptions;
}

/**
 * Discounted customer lifetime value, as lifetimes' `customer_lifetime_value`: for period k = 1…K
 * the BG/NBD expected purchases in ((k−1)L, kL] after the calibration period, times the Gamma-Gamma
 * expected spend, divided by (1 + d)^k.
 *
 * @throws ClvError `CLV_INVALID_INPUT` for a bad row or option, `CLV_NOT_IDENTIFIABLE` when the spend
 *   model has no finite mean for a customer (q ≤ 1 and no repeat purchases).
 */
export function customerLifetimeValue(
  purchaseParameters: BgNbdParameters,
  spendParameters: GammaGammaParameters,
  customers: readonly CustomerValueSummary[],
  options: Partial<CustomerLifetimeValueOptions> = {},
): CustomerLifetimeValueResult {
  const settings = { ...defaultCustomerLifetimeValueOptions, ...options };
  checkOptions(settings);
  validateCustomerSummaries(customers, { timing: true, spend: true });
  const purchases = new BgNbdModel(purchaseParameters);
  const spend = new GammaGammaModel(spendParameters);

  // The ₂F₁ series behind each period's forecast depends on (x, T) only: computed once per distinct
  // pair (a few thousand at most with day-resolution dates), not per customer and period.
  const discountedIfAlive = new Map<string, { discounted: number; cumulative: number }>();
  const forecasts = customers.map((customer, customerIndex): CustomerLifetimeValueForecast => {
    const key = `${customer.frequency}:${customer.age}`;
    let curve = discountedIfAlive.get(key);
    if (!curve) {
      let discounted = 0;
      let previous = 0;
      for (let period = 1; period <= settings.periods; period += 1) {
        const cumulative = purchases.expectedPurchasesIfAlive(
          customer.frequency,
          customer.age,
          period * settings.periodLength,
        );
        discounted += (cumulative - previous) / (1 + settings.discountRatePerPeriod) ** period;
        previous = cumulative;
      }
      curve = { discounted, cumulative: previous };
      discountedIfAlive.set(key, curve);
    }
    const expectedAverageSpend = spend.conditionalExpectedAverageSpend(customer);
    const probabilityAlive = purchases.probabilityAlive(customer);
    return {
      customerIndex,
      lifetimeValue: curve.discounted * probabilityAlive * expectedAverageSpend,
      expectedPurchases: curve.cumulative * probabilityAlive,
      expectedAverageSpend,
      probabilityAlive,
    };
  });
  return {
    customers: forecasts,
    totalLifetimeValue: forecasts.reduce((total, forecast) => total + forecast.lifetimeValue, 0),
    horizon: settings.periods * settings.periodLength,
    options: settings,
  };
}

function checkOptions(settings: CustomerLifetimeValueOptions): void {
  const rules: [keyof CustomerLifetimeValueOptions, boolean, string][] = [
    ['periods', Number.isInteger(settings.periods) && settings.periods >= 1, 'a whole number ≥ 1'],
    [
      'periodLength',
      Number.isFinite(settings.periodLength) && settings.periodLength > 0,
      'a finite time > 0 in the data unit',
    ],
    [
      'discountRatePerPeriod',
      Number.isFinite(settings.discountRatePerPeriod) && settings.discountRatePerPeriod > -1,
      'a finite rate > −1',
    ],
  ];
  for (const [field, valid, rule] of rules) {
    if (!valid) {
      throw new ClvError('CLV_INVALID_INPUT', `Option ${field} = ${String(settings[field])}; it must be ${rule}.`, {
        field,
        value: settings[field],
      });
    }
  }
}
