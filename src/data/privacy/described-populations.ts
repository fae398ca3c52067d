/**
 * The database's memory of the customer groups Takumi has described (table DescribedPopulation):
 * each as a {@link DifferenceSketch} of its members, so a later group can be compared with every
 * earlier one, in any process and after a restart. Member lists themselves are never stored.
 */
import { customerKey, type CustomerKey, DifferenceSketch } from '../../engine/privacy/difference-sketch.ts';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';

/** A remembered group: its sketch and the row it is stored in. */
export interface DescribedPopulation {
  id: number;
  digest: string;
  sketch: DifferenceSketch;
}

/** Customer ids per query when reading keys: well under SQLite's and PostgreSQL's parameter limits. */
const idsPerQuery = 10_000;

/** Keys already read, per client: a customer's imported id never changes, so neither does its key. */
const keyCaches = new WeakMap<PrismaClient, Map<number, CustomerKey>>();

/**
 * The {@link CustomerKey} of each customer (database ids; repeats are dropped), read from the
 * customers' imported ids. Ids that no longer exist (a deleted dataset) are left out.
 */
export async function loadCustomerKeys(prisma: PrismaClient, customerIds: Iterable<number>): Promise<CustomerKey[]> {
  let cache = keyCaches.get(prisma);
  if (!cache) {
    cache = new Map();
    keyCaches.set(prisma, cache);
  }
  const unique = [...new Set(customerIds)];
  const missing = unique.filter((id) => !cache.has(id));
  for (let start = 0; start < missing.length; start += idsPerQuery) {
    const rows = await prisma.customer.findMany({
      where: { id: { in: missing.slice(start, start + idsPerQuery) } },
      select: { id: true, externalId: true },
    });
    for (const row of rows) cache.set(row.id, customerKey(row.externalId));
  }
  return unique.flatMap((id) => {
    const key = cache.get(id);
    return key ? [key] : [];
  });
}

/**
 * Stores the groups not stored yet (a group already stored has the same digest and is skipped).
 * Returns the ids of the rows this call wrote, so a refused answer can take them back.
 */
export async function rememberPopulations(
  prisma: PrismaClient,
  sketches: readonly DifferenceSketch[],
): Promise<number[]> {
  const written: number[] = [];
  for (const sketch of sketches) {
    try {
      const row = await prisma.describedPopulation.create({
        data: { digest: sketch.digest(), size: sketch.size, cells: sketch.cells, sketch: sketch.encode() },
        select: { id: true },
      });
      written.push(row.id);
    } catch (error) {
      // Described before (here or by another process at the same moment): the same group, nothing to add.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
  }
  return written;
}

/** Removes rows written by {@link rememberPopulations} for an answer that was then refused. */
export async function forgetPopulations(prisma: PrismaClient, ids: readonly number[]): Promise<void> {
  if (ids.length > 0) await prisma.describedPopulation.deleteMany({ where: { id: { in: [...ids] } } });
}

/**
 * Remembered groups whose size is strictly between `above` and `below`. Two groups differ by at
 * least the difference of their sizes, so only groups in such a window need a closer look.
 */
export async function findPopulationsOfSize(
  prisma: PrismaClient,
  range: { above: number; below: number },
): Promise<DescribedPopulation[]> {
  const rows = await prisma.describedPopulation.findMany({
    where: { size: { gt: range.above, lt: range.below } },
    select: { id: true, digest: true, size: true, sketch: true },
  });
  return rows.map((row) => ({ id: row.id, digest: row.digest, sketch: DifferenceSketch.decode(row.sketch, row.size) }));
}
