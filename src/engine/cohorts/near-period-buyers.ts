import { monthIndex } from './compute-cohort-retention.ts';

/** A cohort row as this check reads it: its first-purchase months (YYYY-MM) and its customers. */
interface PeriodRow {
  months: readonly string[];
  members: readonly number[];
}

const indexOfKey = (key: string): number => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;

/**
 * Whether some row's customers differ by 1 … `minimum` − 1 from the customers who bought in the same
 * months (each month of the row alone, and its whole span): the groups a sales breakdown by month
 * describes. A row's first-time buyers are all among those buyers, so the difference is the span's
 * returning buyers; when they are few, the two answers side by side would give those few customers'
 * figures, and the differencing rule would refuse whichever is asked second.
 */
export function isNearPeriodBuyers(
  rows: readonly PeriodRow[],
  purchases: readonly { customerId: number; date: Date }[],
  minimum: number,
): boolean {
  const buyersByMonth = new Map<number, Set<number>>();
  for (const purchase of purchases) {
    const month = monthIndex(purchase.date);
    const buyers = buyersByMonth.get(month) ?? new Set<number>();
    buyers.add(purchase.customerId);
    buyersByMonth.set(month, buyers);
  }
  const near = (members: ReadonlySet<number>, buyers: ReadonlySet<number>): boolean => {
    let difference = 0;
    for (const customer of buyers) if (!members.has(customer)) difference += 1;
    for (const customer of members) if (!buyers.has(customer)) difference += 1;
    return difference > 0 && difference < minimum;
  };
  for (const row of rows) {
    const members = new Set(row.members);
    const months = row.months.map(indexOfKey);
    const span = new Set<number>();
    for (let month = months[0]!; month <= months.at(-1)!; month += 1)
      for (const customer of buyersByMonth.get(month) ?? []) span.add(customer);
    if (near(members, span)) return true;
    for (const month of months) if (near(members, buyersByMonth.get(month) ?? new Set())) return true;
  }
  return false;
}
