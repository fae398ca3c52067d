import path from 'node:path';
import { TakumiError } from '../../core/takumi-error.ts';
import { readCsvTable } from '../ingest/read-csv-table.ts';
import { parseBinaryTarget } from './parse-binary-target.ts';

/** Stable codes of {@link AbTestFileError}. */
export type AbTestFileErrorCode = 'AB_FILE_OUTSIDE_FOLDER' | 'AB_COLUMNS_MISSING' | 'AB_ARM_EMPTY';

/** A results file Takumi cannot read as an A/B test; the message says how to fix it. */
export class AbTestFileError extends TakumiError<AbTestFileErrorCode> {}

/** Per-arm totals of an A/B results file: counts and revenue only, never a customer id. */
export interface AbTestArmTotals {
  customers: number;
  conversions: number;
  /** Sum of the revenue column; null when the file has none. */
  revenue: number | null;
}

/** What a results file holds, aggregated. */
export interface AbTestResultsFile {
  /** The file's base name (shown to people; the folder is Takumi's own). */
  file: string;
  control: AbTestArmTotals;
  treatment: AbTestArmTotals;
  /** Rows left out: unknown arm, a converted cell that is not 0/1, a repeated customer id. */
  skipped: { arm: number; converted: number; duplicate: number };
}

const controlArms = new Set(['control', 'a', 'c', 'holdout', 'hold-out', '対照', '対照群', 'コントロール', '非配信']);
const treatmentArms = new Set(['treatment', 'b', 't', 'test', 'variant', '施策', '施策群', 'テスト', '配信']);

const columnNames = {
  customer: /^(?:customer[_ ]?id|customer|id|顧客id|顧客番号)$/iu,
  arm: /^(?:arm|group|variant|群|グループ)$/iu,
  converted: /^(?:converted|conversion|responded|purchased|成約|反応|購入)$/iu,
  revenue: /^(?:revenue|sales|amount|売上|金額)$/iu,
};

/**
 * Reads an A/B results CSV (customer_id, arm, converted, revenue optional) from the A/B folder
 * (`<TAKUMI_HOME>/ab-tests`) and returns per-arm totals only: customer ids are used to count each
 * customer once and are never returned. A name that leaves the folder is refused.
 *
 * @throws AbTestFileError `AB_FILE_OUTSIDE_FOLDER` for a path outside the folder, `AB_COLUMNS_MISSING`
 *   for a file without the columns, `AB_ARM_EMPTY` when an arm has no usable rows; IngestError for
 *   a file that cannot be read as CSV.
 */
export async function readAbTestResults(folder: string, name: string): Promise<AbTestResultsFile> {
  const root = path.resolve(folder);
  const absolute = path.resolve(root, name);
  if (path.relative(root, absolute).startsWith('..') || path.isAbsolute(path.relative(root, absolute)))
    throw new AbTestFileError(
      'AB_FILE_OUTSIDE_FOLDER',
      `The A/B results file must be in Takumi's A/B folder (${root}); put the CSV there and pass its file name.`,
      { name: path.basename(name) },
    );
  const table = await readCsvTable(absolute, { role: 'A/B test results' });
  const find = (pattern: RegExp): number => table.columns.findIndex((column) => pattern.test(column.trim()));
  const index = {
    customer: find(columnNames.customer),
    arm: find(columnNames.arm),
    converted: find(columnNames.converted),
    revenue: find(columnNames.revenue),
  };
  if (index.customer < 0 || index.arm < 0 || index.converted < 0)
    throw new AbTestFileError(
      'AB_COLUMNS_MISSING',
      `${table.file} needs the columns customer_id, arm (control/treatment) and converted (0/1); revenue is optional.`,
      { file: table.file },
    );
  const arms = {
    control: { customers: 0, conversions: 0, revenue: index.revenue < 0 ? null : 0 } as AbTestArmTotals,
    treatment: { customers: 0, conversions: 0, revenue: index.revenue < 0 ? null : 0 } as AbTestArmTotals,
  };
  const skipped = { arm: 0, converted: 0, duplicate: 0 };
  const seen = new Set<string>();
  for (const record of table.records) {
    const arm = record.values[index.arm]!.trim().normalize('NFKC').toLowerCase();
    const totals = controlArms.has(arm) ? arms.control : treatmentArms.has(arm) ? arms.treatment : null;
    if (!totals) {
      skipped.arm += 1;
      continue;
    }
    const converted = parseBinaryTarget(record.values[index.converted]);
    if (converted === null) {
      skipped.converted += 1;
      continue;
    }
    const customer = record.values[index.customer]!.trim();
    if (seen.has(customer)) {
      skipped.duplicate += 1;
      continue;
    }
    seen.add(customer);
    totals.customers += 1;
    totals.conversions += converted;
    if (totals.revenue !== null) {
      const amount = Number(record.values[index.revenue]!.replace(/[,¥$€円\s]/gu, '') || '0');
      totals.revenue += Number.isFinite(amount) ? amount : 0;
    }
  }
  for (const [name, totals] of Object.entries(arms))
    if (totals.customers === 0)
      throw new AbTestFileError(
        'AB_ARM_EMPTY',
        `${table.file} has no usable ${name} rows; the arm column should say control or treatment (A/B, 対照/施策).`,
        { file: table.file, arm: name },
      );
  return { file: table.file, ...arms, skipped };
}
