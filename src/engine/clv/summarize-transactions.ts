import { ClvError } from '../engine-errors.ts';
import type { CustomerValueSummary } from './customer-lifetime-value.ts';

/** One purchase: who, when, how much. */
export interface PurchaseRecord {
  customerId: number;
  date: Date;
  amount: number;
}

export interface SummarizeTransactionsOptions {
  /** End of the calibration period; purchases after it are ignored. */
  asOf: Date;
  /** Length of the time unit in days (7: weeks, as in the BG/NBD paper). */
  unitDays: number;
}

export const defaultSummarizeTransactionsOptions: Omit<SummarizeTransactionsOptions, 'asOf'> = { unitDays: 7 };

const dayMilliseconds = 86_400_000;

/**
 * Turns a transaction log into per-customer (x, t_x, T, z̄) summaries, the input of BG/NBD and
 * Gamma-Gamma. As in Fader, Hardie & Lee, purchases on the same day count as one purchase (their
 * amounts summed), x counts purchases after the first, and z̄ averages the repeat purchases only
 * (the first purchase is often atypical, e.g. a sign-up offer).
 *
 * @param customerIds the customers to summarise, in output order; a customer without purchases up to
 *   `asOf` is an error (BG/NBD needs a first purchase), reported by id.
 */
export function summarizeTransactions(
  customerIds: readonly number[],
  transactions: readonly PurchaseRecord[],
  options: Pick<SummarizeTransactionsOptions, 'asOf'> & Partial<SummarizeTransactionsOptions>,
): CustomerValueSummary[] {
  const { asOf, unitDays } = { ...defaultSummarizeTransactionsOptions, ...options };
  const asOfDay = Math.floor(asOf.getTime() / dayMilliseconds);
  const byCustomer = new Map<number, Map<number, number>>();
  for (const transaction of transactions) {
    const day = Math.floor(transaction.date.getTime() / dayMilliseconds);
    if (day > asOfDay) continue;
    const days = byCustomer.get(transaction.customerId) ?? new Map<number, number>();
    days.set(day, (days.get(day) ?? 0) + transaction.amount);
    byCustomer.set(transaction.customerId, days);
  }
  return customerIds.map((customerId) => {
    const days = byCustomer.get(customerId);
    if (!days) {
      throw new ClvError(
        'CLV_INVALID_INPUT',
        `Customer ${customerId} has no purchase on or before ${asOf.toISOString().slice(0, 10)}; CLV needs at least one. Leave such customers out or move the as-of date.`,
        { customerId },
      );
    }
    const ordered = [...days.entries()].sort((left, right) => left[0] - right[0]);
    const first = ordered[0]![0];
    const last = ordered.at(-1)![0];
    const repeats = ordered.slice(1);
    return {
      frequency: repeats.length,
      recency: (last - first) / unitDays,
      age: (asOfDay - first) / unitDays,
      monetaryValue: repeats.length > 0 ? repeats.reduce((sum, [, amount]) => sum + amount, 0) / repeats.length : 0,
    };
  });
}
