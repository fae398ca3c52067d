import type { SalesTransaction } from '../../engine/breakdowns/sales-figures.ts';
import type { CustomerAttributeValue } from '../../engine/breakdowns/break-down-by-attribute.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { datasetNotFoundError } from '../ingest/load-dataset-for-analysis.ts';
import { classifyPersonalColumns } from '../privacy/classify-personal-columns.ts';

const pageSize = 50_000;

/** A dataset's purchases for a breakdown, and the range they cover. */
export interface SalesBreakdownTransactions {
  dataset: { id: number; name: string; currency: string };
  transactions: SalesTransaction[];
  /** First and last purchase (UTC); null without purchases. */
  firstDate: Date | null;
  lastDate: Date | null;
}

/**
 * Every purchase of a dataset (date, amount, customer), read in pages by id so a large dataset never
 * needs one huge query.
 *
 * @throws IngestError `DATASET_NOT_FOUND` listing the datasets there are.
 */
export async function loadSalesTransactions(
  prisma: PrismaClient,
  datasetName: string,
): Promise<SalesBreakdownTransactions> {
  const dataset = await prisma.dataset.findUnique({
    where: { name: datasetName },
    select: { id: true, name: true, currency: true },
  });
  if (!dataset) throw await datasetNotFoundError(prisma, datasetName);
  const transactions: SalesTransaction[] = [];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let cursor = 0; ; ) {
    const rows = await prisma.transaction.findMany({
      where: { datasetId: dataset.id, id: { gt: cursor } },
      select: { id: true, customerId: true, amount: true, date: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const row of rows) {
      transactions.push({ customerId: row.customerId, date: row.date, amount: row.amount });
      const time = row.date.getTime();
      if (time < first) first = time;
      if (time > last) last = time;
    }
    if (rows.length < pageSize) break;
    cursor = rows.at(-1)!.id;
  }
  return {
    dataset,
    transactions,
    firstDate: transactions.length > 0 ? new Date(first) : null,
    lastDate: transactions.length > 0 ? new Date(last) : null,
  };
}

/** The customer columns of a dataset, and which of them hold personal data. */
export interface CustomerColumns {
  /** Column names in the order they first appear. */
  columns: string[];
  /** Columns that hold names, contacts or near-unique free text (see `classifyPersonalColumns`). */
  personal: Set<string>;
  /** Each column's value per customer (database id); a customer without the column has null. */
  valuesOf(column: string): CustomerAttributeValue[];
  /** Customers whose stored attributes could not be read (counted as blank in every column). */
  unreadable: number;
}

/**
 * Reads every customer's attributes (the JSON text of the customer file's other columns) in pages,
 * and classifies the columns by name and content, so a breakdown can refuse a personal column.
 * A customer whose attributes are damaged is read as blank rather than failing the whole question.
 */
export async function loadCustomerColumns(prisma: PrismaClient, datasetId: number): Promise<CustomerColumns> {
  const ids: number[] = [];
  const attributes: Record<string, unknown>[] = [];
  const texts = new Map<string, string[]>();
  let unreadable = 0;
  for (let cursor = 0; ; ) {
    const rows = await prisma.customer.findMany({
      where: { datasetId, id: { gt: cursor } },
      select: { id: true, attributes: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    for (const row of rows) {
      const parsed = parseAttributes(row.attributes);
      if (parsed === null) unreadable += 1;
      ids.push(row.id);
      attributes.push(parsed ?? {});
      for (const [column, value] of Object.entries(parsed ?? {})) {
        if (!texts.has(column)) texts.set(column, []);
        if (typeof value === 'string' || typeof value === 'number') {
          const text = String(value).trim();
          if (text) texts.get(column)!.push(text);
        }
      }
    }
    if (rows.length < pageSize) break;
    cursor = rows.at(-1)!.id;
  }
  const personal = new Set(classifyPersonalColumns(texts).keys());
  return {
    columns: [...texts.keys()],
    personal,
    unreadable,
    valuesOf: (column) =>
      ids.map((customerId, index) => {
        const value = attributes[index]![column];
        return { customerId, value: typeof value === 'string' || typeof value === 'number' ? value : null };
      }),
  };
}

function parseAttributes(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
