import path from 'node:path';
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { amountTextSchema } from './amount-text-schema.ts';
import { createRowIssue } from './create-row-issue.ts';
import { customerIdSchema } from './customer-id-schema.ts';
import { type CurrencyEvidence, detectCurrency } from './detect-currency.ts';
import type { DatasetHandle } from './dataset-handle.ts';
import { dateTextSchema } from './date-text-schema.ts';
import { findColumns } from './find-columns.ts';
import type { TableImportCounts, TableStageResult } from './import-report.ts';
import { ingestColumns } from './ingest-columns.ts';
import { IngestError } from '../data-errors.ts';
import { insertRows } from './insert-rows.ts';
import { quoteValue } from './quote-value.ts';
import { readCsvTable } from './read-csv-table.ts';
import { validateRows } from './validate-rows.ts';
import { writeTransactionOptions } from './write-transaction-options.ts';
import { appendAll } from '../../core/append-all.ts';

const transactionRowSchema = z.object({ customerId: customerIdSchema, date: dateTextSchema, amount: amountTextSchema });

/** How far after now a purchase date may lie (time zones, a clock a little off): 2 days. */
export const futureToleranceMilliseconds = 2 * 86_400_000;

export interface ImportTransactionsOptions {
  prisma: PrismaClient;
  dataset: DatasetHandle;
  filePath: string;
  /** The key rows are stored under (`Transaction.sourceFile`); the file's base name by default. */
  sourceName?: string;
  /** Overwrite stored rows of the same source whose values changed, instead of refusing the file. */
  replaceChanged?: boolean;
}

export const defaultImportTransactionsOptions = {
  replaceChanged: false,
} as const satisfies Partial<ImportTransactionsOptions>;

/**
 * Imports a transactions CSV (customer id, date, amount). Each row is keyed by (dataset, source name,
 * line), so importing the same file again stores nothing twice. Rows for customers the dataset does
 * not have are rejected (customers are never created implicitly). All writes happen in one transaction.
 *
 * @throws IngestError when the file cannot be used at all, when the dataset has no customers, or (unless `replaceChanged`) when stored
 *   lines of the same source name now hold different values: that is usually a different file with
 *   the same name, and importing it would overwrite earlier purchases. Nothing is written then.
 */
export async function importTransactions(
  options: ImportTransactionsOptions,
): Promise<TableStageResult & { currency: CurrencyEvidence }> {
  const sourceFile = options.sourceName ?? path.basename(options.filePath);
  const table = await readCsvTable(options.filePath, { role: 'transactions', file: sourceFile });
  const columns = findColumns(table, ingestColumns.transactions);
  const { rows, issues } = validateRows({ table, columns, schema: transactionRowSchema });
  appendAll(issues, table.issues);
  // The signs in the amount cells (¥, 円, $) tell the dataset's currency when the import does not.
  const currency = detectCurrency(table.records.map((record) => record.values[columns.amount!] ?? ''));
  const counts: TableImportCounts = {
    file: table.file,
    rows: table.records.length + table.issues.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
  };

  const datasetId = await options.dataset.find();
  const customerIds = new Map(
    datasetId === undefined
      ? []
      : (await options.prisma.customer.findMany({ where: { datasetId }, select: { id: true, externalId: true } })).map(
          (customer) => [customer.externalId, customer.id],
        ),
  );
  if (customerIds.size === 0) throw noCustomersError(table.file, options.dataset.name);
  const idColumn = table.columns[columns.customerId!]!;
  const known: { sourceLine: number; customerId: number; date: Date; amount: number }[] = [];
  const dateColumn = table.columns[columns.date!]!;
  // A purchase dated after tomorrow (time zones, a clock a little off) is a typo such as 2099; kept, it
  // would push every customer's recency decades back and every CLV to 0.
  const latestDate = Date.now() + futureToleranceMilliseconds;
  for (const row of rows) {
    const customerId = customerIds.get(row.data.customerId);
    if (row.data.date.getTime() > latestDate) {
      issues.push(
        createRowIssue({
          file: table.file,
          line: row.line,
          column: dateColumn,
          value: row.data.date.toISOString().slice(0, 10),
          code: 'DATE_IN_FUTURE',
          reason: `${dateColumn} ${row.data.date.toISOString().slice(0, 10)} is in the future; a purchase cannot be dated after today, check the year`,
        }),
      );
    } else if (customerId === undefined) {
      issues.push(
        createRowIssue({
          file: table.file,
          line: row.line,
          column: idColumn,
          value: row.data.customerId,
          code: 'CUSTOMER_UNKNOWN',
          reason: `${idColumn} ${quoteValue(row.data.customerId)} is not a customer of dataset "${options.dataset.name}"; add the customer to the customers file, or fix the id`,
        }),
      );
    } else {
      known.push({ sourceLine: row.line, customerId, date: row.data.date, amount: row.data.amount });
    }
  }
  counts.rejected = counts.rows - known.length;
  if (known.length === 0) return { counts, issues, currency };

  const stored = new Map(
    datasetId === undefined
      ? []
      : (
          await options.prisma.transaction.findMany({
            where: { datasetId, sourceFile },
            select: { id: true, sourceLine: true, customerId: true, date: true, amount: true },
          })
        ).map((row) => [row.sourceLine, row]),
  );
  const created: typeof known = [];
  const changed: {
    id: number;
    row: (typeof known)[number];
    before: { customerId: number; date: Date; amount: number };
  }[] = [];
  for (const row of known) {
    const before = stored.get(row.sourceLine);
    if (!before) created.push(row);
    else if (
      before.customerId === row.customerId &&
      before.date.getTime() === row.date.getTime() &&
      before.amount === row.amount
    )
      counts.unchanged += 1;
    else changed.push({ id: before.id, row, before });
  }
  if (changed.length > 0 && !(options.replaceChanged ?? defaultImportTransactionsOptions.replaceChanged))
    throw changedFileError(table.file, options.dataset.name, changed, customerIds);

  const id = await options.dataset.ensure();
  if (created.length > 0 || changed.length > 0) {
    await options.prisma.$transaction(async (transaction) => {
      await insertRows(
        transaction,
        'Transaction',
        created.map((row) => ({
          datasetId: id,
          customerId: row.customerId,
          date: row.date,
          amount: row.amount,
          sourceFile,
          sourceLine: row.sourceLine,
        })),
      );
      for (const change of changed) {
        await transaction.transaction.update({
          where: { id: change.id },
          data: { customerId: change.row.customerId, date: change.row.date, amount: change.row.amount },
        });
      }
    }, writeTransactionOptions);
  }
  counts.added = created.length;
  counts.updated = changed.length;
  return { counts, issues, currency };
}

/** One error instead of a rejected row per purchase: with no customers, no purchase can be linked. */
function noCustomersError(file: string, datasetName: string): IngestError {
  return new IngestError(
    'DATASET_HAS_NO_CUSTOMERS',
    `${file} was not imported: dataset "${datasetName}" has no customers yet, so no purchase can be linked to one. Fix the customers file and import both again.`,
    { file, datasetName },
  );
}

function changedFileError(
  file: string,
  datasetName: string,
  changed: {
    row: { sourceLine: number; customerId: number; date: Date; amount: number };
    before: { customerId: number; date: Date; amount: number };
  }[],
  customerIds: Map<string, number>,
): IngestError {
  const externalIds = new Map([...customerIds].map(([externalId, id]) => [id, externalId]));
  const describe = (row: { customerId: number; date: Date; amount: number }): string =>
    `${externalIds.get(row.customerId)}, ${row.date.toISOString().slice(0, 10)}, ${row.amount}`;
  const first = changed[0]!;
  return new IngestError(
    'TRANSACTIONS_FILE_CHANGED',
    `${file} was imported into dataset "${datasetName}" before, and ${changed.length} of its lines now hold different purchases (line ${first.row.sourceLine}: stored ${describe(first.before)}, now ${describe(first.row)}). Nothing from this file was written. If it is a different file, give it its own name (e.g. transactions-2024-06.csv) and import again; if you corrected the file, import again with --replace-changed.`,
    { file, datasetName, changedLines: changed.map((change) => change.row.sourceLine) },
  );
}
