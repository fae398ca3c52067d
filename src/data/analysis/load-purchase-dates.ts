import type { PrismaClient } from '../../generated/prisma/client.ts';

/** One stored purchase: who (database id), when, how much. */
export interface PurchaseDate {
  customerId: number;
  date: Date;
  amount: number;
}

/** Rows read per query: a large dataset is read in pages, never in one huge result. */
export const purchasePageSize = 50_000;

/**
 * Every purchase of a dataset as (customer, date, amount), read in pages by id like
 * `loadOrderValues`, for analyses by date (cohorts, trends). Empty when the dataset has no purchases.
 */
export async function loadPurchaseDates(
  prisma: PrismaClient,
  datasetName: string,
  pageSize = purchasePageSize,
): Promise<PurchaseDate[]> {
  const purchases: PurchaseDate[] = [];
  let cursor = 0;
  for (;;) {
    const rows = await prisma.transaction.findMany({
      where: { dataset: { name: datasetName }, id: { gt: cursor } },
      select: { id: true, customerId: true, date: true, amount: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const row of rows) purchases.push({ customerId: row.customerId, date: row.date, amount: row.amount });
    if (rows.length < pageSize) break;
    cursor = rows.at(-1)!.id;
  }
  return purchases;
}
