import { IngestError } from '../data-errors.ts';
import type { CsvTable } from './read-csv-table.ts';

/** A column an import looks for, matched by name ignoring case, width, spaces, `_`, `-` and `.`. */
export interface ColumnSpec {
  /** The name shown in messages and documentation, e.g. `customer_id`. */
  name: string;
  /** Other accepted names, in priority order after `name`. */
  aliases: readonly string[];
  required: boolean;
  /** What the column holds, for the fix in a missing-column message. */
  holds: string;
}

/**
 * Finds each wanted column's index in the table's header (undefined for a missing optional one).
 * When several columns match, the best-ranked name wins, then the leftmost.
 *
 * @throws IngestError `CSV_MISSING_COLUMN` naming every missing required column, the columns found
 *   and the fix.
 */
export function findColumns<Key extends string>(
  table: Pick<CsvTable, 'file' | 'columns'>,
  specs: Record<Key, ColumnSpec>,
): Record<Key, number | undefined> {
  const normalized = table.columns.map(normalizeColumnName);
  const found = {} as Record<Key, number | undefined>;
  const missing: ColumnSpec[] = [];
  for (const key of Object.keys(specs) as Key[]) {
    const spec = specs[key];
    const candidates = [spec.name, ...spec.aliases].map(normalizeColumnName);
    const index = candidates.map((candidate) => normalized.indexOf(candidate)).find((position) => position !== -1);
    found[key] = index;
    if (index === undefined && spec.required) missing.push(spec);
  }
  if (missing.length > 0) {
    const names = missing.map((spec) => spec.name);
    const fixes = missing.map(
      (spec) =>
        `"${spec.name}" (${spec.holds}${spec.aliases.length > 0 ? `; also accepted: ${spec.aliases.join(', ')}` : ''})`,
    );
    const oneColumn =
      table.columns.length === 1
        ? ' The header was read as a single column: if the values are separated by something other than commas, semicolons or tabs, save the file as comma-separated CSV.'
        : '';
    throw new IngestError(
      'CSV_MISSING_COLUMN',
      `${table.file} has no ${names.join(' or ')} column. Columns found: ${shortened(table.columns.join(', '))}. Add ${fixes.length === 1 ? 'a column named' : 'columns named'} ${fixes.join(' and ')}, or rename the column that holds it.${oneColumn}`,
      { file: table.file, missingColumns: names, columnsFound: table.columns },
    );
  }
  return found;
}

function normalizeColumnName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.-]/g, '');
}

/** At most 100 characters of a header in a message: a header can be a whole file on one line. */
function shortened(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
