import type { CustomerActivity } from '../../engine/compare/compare-groups.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';

const pageSize = 50_000;
const dayMilliseconds = 86_400_000;

/**
 * Every customer of a dataset as {@link CustomerActivity}, by customer database id: orders, revenue and
 * days since the last purchase (from `asOf`), lifetime value from a segmentation run, and the themes of
 * their photos (`themeByPhoto`, by sha256). Read in pages, so a large dataset never needs one huge query.
 */
export async function loadCustomerActivity(
  prisma: PrismaClient,
  datasetName: string,
  run: {
    asOf: Date;
    lifetimeValueByCustomer: ReadonlyMap<number, number>;
    themeByPhoto: ReadonlyMap<string, number>;
  },
): Promise<Map<number, CustomerActivity>> {
  const where = { dataset: { name: datasetName } };
  const activity = new Map<number, CustomerActivity & { themes: Set<number>; last: number }>();
  for (let cursor = 0; ; ) {
    const customers = await prisma.customer.findMany({
      where: { ...where, id: { gt: cursor } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const { id } of customers)
      activity.set(id, {
        orders: 0,
        revenue: 0,
        recencyDays: null,
        lifetimeValue: run.lifetimeValueByCustomer.get(id) ?? null,
        themes: new Set(),
        last: Number.NEGATIVE_INFINITY,
      });
    if (customers.length < pageSize) break;
    cursor = customers.at(-1)!.id;
  }
  for (let cursor = 0; ; ) {
    const rows = await prisma.transaction.findMany({
      where: { ...where, id: { gt: cursor } },
      select: { id: true, customerId: true, amount: true, date: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const row of rows) {
      const entry = activity.get(row.customerId);
      if (!entry) continue;
      entry.orders += 1;
      entry.revenue += row.amount;
      entry.last = Math.max(entry.last, row.date.getTime());
    }
    if (rows.length < pageSize) break;
    cursor = rows.at(-1)!.id;
  }
  for (let cursor = 0; ; ) {
    const photos = await prisma.photo.findMany({
      where: { ...where, id: { gt: cursor } },
      select: { id: true, customerId: true, sha256: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const photo of photos) {
      const theme = run.themeByPhoto.get(photo.sha256);
      if (theme !== undefined) activity.get(photo.customerId)?.themes.add(theme);
    }
    if (photos.length < pageSize) break;
    cursor = photos.at(-1)!.id;
  }
  const result = new Map<number, CustomerActivity>();
  for (const [id, { last, ...entry }] of activity)
    result.set(id, {
      ...entry,
      recencyDays: Number.isFinite(last) ? Math.max(0, (run.asOf.getTime() - last) / dayMilliseconds) : null,
    });
  return result;
}
