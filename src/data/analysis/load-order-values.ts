import type { PrismaClient } from '../../generated/prisma/client.ts';

/** Mean and spread of order values of a set of customers, and how many orders and customers they come from. */
export interface OrderValueStats {
  mean: number;
  standardDeviation: number;
  orders: number;
  customers: number;
  /** Days from the first to the last of these orders (0 with fewer than two). */
  spanDays: number;
}

/**
 * Order values of a dataset's customers (all, or those `include` accepts), read in pages so a large
 * dataset never needs a huge `IN` list. Returns zeros when they have no purchases.
 */
export async function loadOrderValues(
  prisma: PrismaClient,
  datasetName: string,
  include: (customerId: number) => boolean = () => true,
): Promise<OrderValueStats> {
  const pageSize = 50_000;
  let cursor = 0;
  let count = 0;
  let mean = 0;
  let squares = 0;
  const customers = new Set<number>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (;;) {
    const rows = await prisma.transaction.findMany({
      where: { dataset: { name: datasetName }, id: { gt: cursor } },
      select: { id: true, customerId: true, amount: true, date: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const row of rows) {
      if (!include(row.customerId)) continue;
      customers.add(row.customerId);
      const time = row.date.getTime();
      if (time < first) first = time;
      if (time > last) last = time;
      // Welford's update: stable for millions of orders.
      count += 1;
      const delta = row.amount - mean;
      mean += delta / count;
      squares += delta * (row.amount - mean);
    }
    if (rows.length < pageSize) break;
    cursor = rows.at(-1)!.id;
  }
  return {
    mean: count > 0 ? mean : 0,
    standardDeviation: count > 1 ? Math.sqrt(squares / (count - 1)) : 0,
    orders: count,
    customers: customers.size,
    spanDays: count > 1 ? (last - first) / 86_400_000 : 0,
  };
}
