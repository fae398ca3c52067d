import { BgNbdModel, type BgNbdParameters } from '../clv/bg-nbd-model.ts';
import { validateCustomerSummaries, type CustomerSummary } from '../clv/customer-summary.ts';

/** One customer's next-period outlook under a fitted BG/NBD model. */
export interface PurchaseForecast {
  /** E[purchases in (T, T + horizon]] (FHL 2005 eq. 10). */
  expectedPurchases: number;
  /** P(still active at the end of the observed period). */
  probabilityAlive: number;
  /** P(at least one purchase in (T, T + horizon]). */
  probabilityBuyAgain: number;
}

/**
 * Next-period outlook per customer. P(buy again) has a closed form: under BG/NBD a customer can only
 * drop out right after a purchase, so one who is alive at T buys again within t exactly when the next
 * exponential inter-purchase time is below t; given alive, the rate's posterior is Gamma(r + x, α + T),
 * so P(buy again) = P(alive) · [1 − ((α + T) / (α + T + t))^(r + x)].
 *
 * @param horizon in the summaries' time unit (weeks for Takumi's summaries).
 */
export function forecastCustomerPurchases(
  parameters: BgNbdParameters,
  customers: readonly CustomerSummary[],
  horizon: number,
): PurchaseForecast[] {
  validateCustomerSummaries(customers, { timing: true, spend: false });
  const model = new BgNbdModel(parameters);
  const { r, alpha } = model.parameters;
  return customers.map((customer) => {
    const probabilityAlive = model.probabilityAlive(customer);
    const logNone = (r + customer.frequency) * Math.log((alpha + customer.age) / (alpha + customer.age + horizon));
    return {
      expectedPurchases: model.expectedPurchases(customer, horizon),
      probabilityAlive,
      probabilityBuyAgain: probabilityAlive * -Math.expm1(logNone),
    };
  });
}
