import type { CustomerSummary } from './customer-summary.ts';

/** Distinct purchase histories and how many customers have each. */
export interface CompressedSummaries {
  /** Each distinct (x, t_x, T) once, in order of first appearance. */
  summaries: CustomerSummary[];
  /** Customers with `summaries[i]`. */
  weights: Float64Array;
}

/**
 * Folds customers with the same (x, t_x, T) into one weighted row. The BG/NBD likelihood of a
 * customer depends on nothing else, so a fit on the weighted rows has exactly the same optimum; with
 * day-resolution dates the distinct histories are far fewer than the customers of a large file.
 */
export function compressCustomerSummaries(customers: readonly CustomerSummary[]): CompressedSummaries {
  const index = new Map<string, number>();
  const summaries: CustomerSummary[] = [];
  const counts: number[] = [];
  for (const customer of customers) {
    const key = `${customer.frequency}:${customer.recency}:${customer.age}`;
    const found = index.get(key);
    if (found === undefined) {
      index.set(key, summaries.length);
      summaries.push({ frequency: customer.frequency, recency: customer.recency, age: customer.age });
      counts.push(1);
    } else counts[found]! += 1;
  }
  return { summaries, weights: Float64Array.from(counts) };
}
