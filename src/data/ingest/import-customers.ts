import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { createRowIssue } from './create-row-issue.ts';
import { customerIdSchema } from './customer-id-schema.ts';
import type { DatasetHandle } from './dataset-handle.ts';
import { findColumns } from './find-columns.ts';
import type { TableImportCounts, TableStageResult } from './import-report.ts';
import { ingestColumns } from './ingest-columns.ts';
import { insertRows } from './insert-rows.ts';
import { parseAttributeColumn, type AttributeValue } from './parse-attribute-column.ts';
import { quoteValue } from './quote-value.ts';
import { readCsvTable } from './read-csv-table.ts';
import { validateRows } from './validate-rows.ts';
import { writeTransactionOptions } from './write-transaction-options.ts';
import { appendAll } from '../../core/append-all.ts';

const customerRowSchema = z.object({ customerId: customerIdSchema });

export interface ImportCustomersOptions {
  prisma: PrismaClient;
  dataset: DatasetHandle;
  filePath: string;
}

/**
 * Imports a customers CSV: the id column plus any other columns as attributes (see
 * `parseAttributeColumn`: numeric columns become numbers, blanks null). Customers are upserted by (dataset, id); a known customer's attributes are merged,
 * so values of columns absent from this file are kept. A repeated id keeps its first row. All writes
 * happen in one transaction.
 *
 * @throws IngestError when the file cannot be used at all (nothing is written then).
 */
export async function importCustomers(options: ImportCustomersOptions): Promise<TableStageResult> {
  const table = await readCsvTable(options.filePath, { role: 'customers' });
  const columns = findColumns(table, ingestColumns.customers);
  const idIndex = columns.customerId!;
  const attributeColumns = table.columns.flatMap((name, index) => (index === idIndex ? [] : [{ name, index }]));
  const { rows, issues } = validateRows({ table, columns, schema: customerRowSchema });
  appendAll(issues, table.issues);

  const firstLine = new Map<string, number>();
  const unique: { line: number; externalId: string; values: string[] }[] = [];
  for (const row of rows) {
    const externalId = row.data.customerId;
    const earlier = firstLine.get(externalId);
    if (earlier !== undefined) {
      issues.push(
        createRowIssue({
          file: table.file,
          line: row.line,
          column: table.columns[idIndex]!,
          value: externalId,
          code: 'CUSTOMER_DUPLICATE',
          reason: `${table.columns[idIndex]} ${quoteValue(externalId)} already appears on line ${earlier}; list each customer once (this row was skipped)`,
        }),
      );
      continue;
    }
    firstLine.set(externalId, row.line);
    unique.push({ line: row.line, externalId, values: row.values });
  }
  const warnings: string[] = [];
  const typed = attributeColumns.map(({ name, index }) => {
    const column = parseAttributeColumn(unique.map((customer) => customer.values[index] ?? ''));
    if (column.textAmongNumbers)
      warnings.push(
        mixedColumnWarning(
          table.file,
          name,
          column.textAmongNumbers.indexes.map((row) => unique[row]!),
        ),
      );
    return { name, values: column.values };
  });
  const customers = unique.map((customer, row) => ({
    externalId: customer.externalId,
    attributes: Object.fromEntries(typed.map(({ name, values }) => [name, values[row] ?? null])) as Record<
      string,
      AttributeValue
    >,
  }));

  const counts: TableImportCounts = {
    file: table.file,
    rows: table.records.length + table.issues.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
  };
  counts.rejected = counts.rows - unique.length;
  if (customers.length === 0) return { counts, issues, warnings };

  const datasetId = await options.dataset.ensure();
  const stored = new Map(
    (
      await options.prisma.customer.findMany({
        where: { datasetId },
        select: { id: true, externalId: true, attributes: true },
      })
    ).map((customer) => [customer.externalId, customer]),
  );
  const created: { datasetId: number; externalId: string; attributes: string }[] = [];
  const updated: { id: number; attributes: string }[] = [];
  for (const customer of customers) {
    const existing = stored.get(customer.externalId);
    if (!existing) {
      created.push({ datasetId, externalId: customer.externalId, attributes: JSON.stringify(customer.attributes) });
      continue;
    }
    const before = parseAttributes(existing.attributes);
    const merged = { ...before, ...customer.attributes };
    if (canonicalJson(merged) === canonicalJson(before)) counts.unchanged += 1;
    else updated.push({ id: existing.id, attributes: JSON.stringify(merged) });
  }
  if (created.length > 0 || updated.length > 0) {
    await options.prisma.$transaction(async (transaction) => {
      await insertRows(transaction, 'Customer', created);
      for (const change of updated)
        await transaction.customer.update({ where: { id: change.id }, data: { attributes: change.attributes } });
    }, writeTransactionOptions);
  }
  counts.added = created.length;
  counts.updated = updated.length;
  return { counts, issues, warnings };
}

function mixedColumnWarning(file: string, column: string, rows: { line: number; values: string[] }[]): string {
  const first = rows[0]!;
  const more = rows.length > 1 ? ` and ${rows.length - 1} more` : '';
  return `${file}: column "${column}" holds numbers except on line ${first.line}${more}, so the whole column was kept as text; fix those cells if it should be numeric.`;
}

function parseAttributes(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** JSON with sorted keys, so a file with reordered columns is not counted as a change. */
function canonicalJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}
