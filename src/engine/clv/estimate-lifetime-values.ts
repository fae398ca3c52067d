import { ClvError } from '../engine-errors.ts';
import { customerLifetimeValue } from './customer-lifetime-value.ts';
import { fitBgNbd } from './fit-bg-nbd.ts';
import { fitGammaGamma } from './fit-gamma-gamma.ts';
import { summarizeTransactions, type PurchaseRecord } from './summarize-transactions.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';

export interface LifetimeValueOptions {
  asOf: Date;
  /** Months of future purchases counted. */
  horizonMonths: number;
  /** Monthly discount rate. */
  monthlyDiscountRate: number;
}

export const defaultLifetimeValueOptions: Omit<LifetimeValueOptions, 'asOf'> = {
  horizonMonths: 12,
  monthlyDiscountRate: 0.01,
};

export interface LifetimeValueEstimate {
  /** Per input customer (null for a customer without purchases). */
  values: (number | null)[];
  probabilityAlive: (number | null)[];
  purchaseModel: { r: number; alpha: number; a: number; b: number };
  spendModel: { p: number; q: number; gamma: number };
  horizonMonths: number;
  monthlyDiscountRate: number;
  warnings: EngineWarning[];
}

const weeksPerMonth = 4.345;

/**
 * CLV per customer from a transaction log: summaries in weeks, BG/NBD for how many purchases and
 * whether the customer is still active, Gamma-Gamma for how much each purchase is worth, discounted
 * monthly over the horizon. Customers without purchases are left out of the fit and get null.
 *
 * @throws ClvError (e.g. `CLV_NOT_IDENTIFIABLE` when nobody bought twice) — callers that can go on
 *   without CLV should catch it and report it as a warning.
 */
export function estimateLifetimeValues(
  customerIds: readonly number[],
  transactions: readonly PurchaseRecord[],
  options: Pick<LifetimeValueOptions, 'asOf'> & Partial<LifetimeValueOptions>,
): LifetimeValueEstimate {
  const settings = { ...defaultLifetimeValueOptions, ...options };
  const buyers = new Set(
    transactions
      .filter((transaction) => transaction.date.getTime() <= settings.asOf.getTime())
      .map((transaction) => transaction.customerId),
  );
  const withPurchases = customerIds.filter((id) => buyers.has(id));
  if (withPurchases.length === 0)
    throw new ClvError(
      'CLV_NOT_IDENTIFIABLE',
      'No customer has a purchase, so lifetime value cannot be estimated. Import a transactions file.',
    );
  const allSummaries = summarizeTransactions(withPurchases, transactions, { asOf: settings.asOf, unitDays: 7 });
  const warnings: EngineWarning[] = [];
  // A repeat buyer whose repeat purchases are all 0 (free samples, a data error) has no spend the
  // Gamma-Gamma model can take (log 0); one such row must not cost everyone else their CLV.
  const usable = allSummaries.map(
    (summary) => summary.frequency === 0 || (Number.isFinite(summary.monetaryValue) && summary.monetaryValue > 0),
  );
  const excluded = usable.filter((keep) => !keep).length;
  if (excluded > 0)
    warnings.push(
      engineWarning(
        'SPEND_ZERO_EXCLUDED',
        { count: excluded },
        `${excluded} repeat buyer(s) whose repeat purchases total 0 were left out of lifetime value (no spend to model).`,
      ),
    );
  const included = withPurchases.filter((_, index) => usable[index]);
  const summaries = allSummaries.filter((_, index) => usable[index]);
  let purchaseModel: ReturnType<typeof fitBgNbd>;
  try {
    purchaseModel = fitBgNbd(summaries);
  } catch (error) {
    // Small cohorts often cannot show how dropout varies between customers (a, b run off together);
    // a weak prior on a and b then gives a usable, clearly flagged estimate instead of no CLV at all.
    if (
      !(error instanceof ClvError) ||
      error.code !== 'CLV_NOT_IDENTIFIABLE' ||
      !['a', 'b'].includes(String(error.details.parameter))
    )
      throw error;
    purchaseModel = fitBgNbd(summaries, { dropoutPriorStandardDeviation: 2 });
    warnings.push(
      engineWarning(
        'DROPOUT_WEAK_PRIOR',
        {},
        'The purchases do not show how dropout varies between customers, so BG/NBD a and b were fitted with a weak prior (MAP estimate); treat CLV as a rough guide.',
      ),
    );
  }
  const spendModel = fitGammaGamma(summaries);
  const forecast = customerLifetimeValue(purchaseModel, spendModel, summaries, {
    periods: settings.horizonMonths,
    periodLength: weeksPerMonth,
    discountRatePerPeriod: settings.monthlyDiscountRate,
  });
  const byId = new Map(included.map((id, index) => [id, forecast.customers[index]!]));
  return {
    values: customerIds.map((id) => byId.get(id)?.lifetimeValue ?? null),
    probabilityAlive: customerIds.map((id) => byId.get(id)?.probabilityAlive ?? null),
    purchaseModel: { r: purchaseModel.r, alpha: purchaseModel.alpha, a: purchaseModel.a, b: purchaseModel.b },
    spendModel: { p: spendModel.p, q: spendModel.q, gamma: spendModel.gamma },
    horizonMonths: settings.horizonMonths,
    monthlyDiscountRate: settings.monthlyDiscountRate,
    warnings: [...warnings, ...purchaseModel.warnings, ...spendModel.warnings],
  };
}
