import type { AttributeValue } from '../../data/ingest/parse-attribute-column.ts';
import { parseBinaryTarget } from '../../data/analysis/parse-binary-target.ts';

// Column names that mean "this customer has left", after lower-casing and dropping spaces, _ and -.
const churnNames =
  /^(?:is)?(?:churn(?:ed)?|cancel(?:l)?ed|attrit(?:ed|ion)|lapsed|lost|解約(?:済み?)?|離反|退会(?:済み?)?)(?:flag|フラグ)?$/u;

/**
 * A 0/1 customer column named like churn (churned, is_churned, cancelled, 解約, 退会フラグ …) whose
 * filled cells are all 0/1-like, or null. When present the churn answer checks itself against it.
 */
export function findChurnColumn(rows: readonly Record<string, AttributeValue>[]): string | null {
  const names = new Set(rows.flatMap((row) => Object.keys(row)));
  for (const name of names) {
    if (
      !churnNames.test(
        name
          .normalize('NFKC')
          .toLowerCase()
          .replace(/[\s_-]/g, ''),
      )
    )
      continue;
    const cells = rows.map((row) => row[name]).filter((value) => value !== null && value !== undefined && value !== '');
    if (cells.length > 0 && cells.every((value) => parseBinaryTarget(value) !== null)) return name;
  }
  return null;
}
