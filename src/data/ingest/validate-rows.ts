import type { z } from 'zod';
import { createRowIssue } from './create-row-issue.ts';
import type { RowIssue } from './import-report.ts';
import type { CsvTable } from './read-csv-table.ts';

/** A record that passed validation, with the line it came from. */
export interface ValidRow<Data> {
  line: number;
  data: Data;
  /** The record's cells as written, one per header column. */
  values: string[];
}

export interface ValidateRowsOptions<Key extends string, Schema extends z.ZodType> {
  table: CsvTable;
  /** Column index of each schema key (from `findColumns`); undefined for an absent optional column. */
  columns: Record<Key, number | undefined>;
  /** A `z.object` over the keys whose fields turn cell text into values. */
  schema: Schema;
  /** Keys whose blank cells count as "not given" (the key is left out) instead of being validated. */
  blankMeansAbsent?: readonly Key[];
}

/**
 * Validates every record of a table with a zod schema. A record with any bad cell is left out and
 * gets one {@link RowIssue} per bad cell (file, line, column header as written, the value, and
 * what to fix); the other records come back with their data.
 */
export function validateRows<Key extends string, Schema extends z.ZodType>(
  options: ValidateRowsOptions<Key, Schema>,
): { rows: ValidRow<z.output<Schema>>[]; issues: RowIssue[] } {
  const { table, columns, schema } = options;
  const keys = (Object.keys(columns) as Key[]).filter((key) => columns[key] !== undefined);
  const rows: ValidRow<z.output<Schema>>[] = [];
  const issues: RowIssue[] = [];
  for (const record of table.records) {
    const input: Partial<Record<Key, string>> = {};
    for (const key of keys) {
      const value = record.values[columns[key]!] ?? '';
      if (value.trim() === '' && options.blankMeansAbsent?.includes(key)) continue;
      input[key] = value;
    }
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ line: record.line, data: result.data, values: record.values });
      continue;
    }
    for (const issue of result.error.issues) {
      const key = issue.path[0] as Key | undefined;
      const index = key === undefined ? undefined : columns[key];
      const column = index === undefined ? undefined : table.columns[index];
      const code =
        issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : 'INVALID_VALUE';
      issues.push(
        createRowIssue({
          file: table.file,
          line: record.line,
          ...(column === undefined ? {} : { column }),
          ...(index === undefined ? {} : { value: record.values[index] ?? '' }),
          code,
          reason: column === undefined ? issue.message : `${column} ${issue.message}`,
        }),
      );
    }
  }
  return { rows, issues };
}
