/** A decimal number without leading zeros (so zip codes and ids like "007" stay text). */
const numberPattern = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** A stored customer attribute: a number for numeric columns, text otherwise, null when blank. */
export type AttributeValue = string | number | null;

/** Share of numeric cells above which text cells in the column are probably typos worth a warning. */
const mostlyNumeric = 0.8;

/** One column of a customers file, typed. */
export interface AttributeColumn {
  values: AttributeValue[];
  /** Set when the column is mostly numbers but some cells are not, so it was kept as text. */
  textAmongNumbers?: { indexes: number[] };
}

/**
 * Types one attribute column. Blank cells become null. When every other cell is a plain decimal
 * number (full-width digits accepted; no thousands separators, no leading zeros, at most 15 significant
 * digits so it survives a float64) the column becomes numbers; otherwise every cell stays text
 * (trimmed), so a column never mixes types (a zip code column with "0012345" stays text throughout).
 */
export function parseAttributeColumn(cells: readonly string[]): AttributeColumn {
  const trimmed = cells.map((cell) => cell.trim());
  const numbers = trimmed.map((cell) => toNumber(cell));
  const filled = trimmed.filter((cell) => cell !== '').length;
  const textIndexes = trimmed.flatMap((cell, index) => (cell !== '' && numbers[index] === undefined ? [index] : []));
  if (textIndexes.length === 0) return { values: trimmed.map((cell, index) => (cell === '' ? null : numbers[index]!)) };
  const values = trimmed.map((cell) => (cell === '' ? null : cell));
  const numeric = filled - textIndexes.length;
  return numeric > 0 && numeric >= filled * mostlyNumeric
    ? { values, textAmongNumbers: { indexes: textIndexes } }
    : { values };
}

function toNumber(cell: string): number | undefined {
  const normalized = cell.normalize('NFKC');
  if (!numberPattern.test(normalized) || normalized.replace(/[-.]/g, '').replace(/^0+/, '').length > 15)
    return undefined;
  return Number(normalized);
}
