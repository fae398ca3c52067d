import { SalesAccumulator, type SalesFigures, type SalesTransaction } from './sales-figures.ts';

/** A customer's value in the column a breakdown is by (null: blank). */
export interface CustomerAttributeValue {
  customerId: number;
  value: string | number | null;
}

/** A numeric band [lower, upper). */
export interface ValueBand {
  lower: number;
  upper: number;
}

/** One group of an attribute breakdown. */
export interface AttributeSales {
  /** The value (text), the band's lower bound as text, or null for customers without a value. */
  key: string | null;
  /** For a banded numeric column: the band. */
  band: ValueBand | null;
  /** Purchases of the group's customers in the range; members are the customers who bought. */
  figures: SalesFigures;
}

/** Options of {@link breakDownByAttribute}. */
export interface AttributeBreakdownOptions {
  /** A numeric column with more distinct values than this is cut into bands. */
  maximumCategories: number;
  /** Bands are as narrow as possible while giving at most this many. */
  maximumBands: number;
  /** Only purchases in [from, until) count; null: no bound. */
  from: Date | null;
  until: Date | null;
}

export const defaultAttributeBreakdownOptions: AttributeBreakdownOptions = {
  maximumCategories: 8,
  maximumBands: 8,
  from: null,
  until: null,
};

/**
 * Revenue, orders and distinct buying customers per value of a customer column. Text values are
 * grouped as they are (trimmed); a numeric column (every value a number, as the importer types it) with more than
 * `maximumCategories` distinct values is cut into bands of one width — the smallest of 1, 2, 5, 10,
 * 20, 50, … that gives at most `maximumBands` bands, each starting at a multiple of the width (ages
 * 20–69 give 10-year bands 20–29 … 60–69). Customers without a value form the group `null`.
 */
export function breakDownByAttribute(
  customers: readonly CustomerAttributeValue[],
  transactions: Iterable<SalesTransaction>,
  options: Partial<AttributeBreakdownOptions> = {},
): { groups: AttributeSales[]; bandWidth: number | null } {
  const settings = { ...defaultAttributeBreakdownOptions, ...options };
  const values = customers.map((customer) => normalizeValue(customer.value));
  const present = values.filter((value): value is string | number => value !== null);
  const numeric = present.length > 0 && present.every((value) => typeof value === 'number');
  const distinct = new Set(present).size;
  const bandWidth =
    numeric && distinct > settings.maximumCategories
      ? chooseBandWidth(present as number[], settings.maximumBands)
      : null;
  const keyOf = (value: string | number | null): string | null => {
    if (value === null) return null;
    if (bandWidth === null || typeof value !== 'number') return String(value);
    return String(Math.floor(value / bandWidth) * bandWidth);
  };
  const groupOf = new Map<number, string | null>();
  const sums = new Map<string | null, SalesAccumulator>();
  customers.forEach((customer, index) => {
    const key = keyOf(values[index]!);
    groupOf.set(customer.customerId, key);
    if (!sums.has(key)) sums.set(key, new SalesAccumulator());
  });
  for (const transaction of transactions) {
    const time = transaction.date.getTime();
    if (settings.from && time < settings.from.getTime()) continue;
    if (settings.until && time >= settings.until.getTime()) continue;
    if (!groupOf.has(transaction.customerId)) continue;
    sums.get(groupOf.get(transaction.customerId)!)!.add(transaction);
  }
  const groups = [...sums].map(([key, sum]) => ({
    key,
    band: key !== null && bandWidth !== null ? { lower: Number(key), upper: Number(key) + bandWidth } : null,
    figures: sum.figures(),
  }));
  // A stable order for callers that do not sort by a measure: bands ascending, texts by code point, blank last.
  groups.sort((left, right) => {
    if (left.key === null || right.key === null) return left.key === null ? 1 : -1;
    if (left.band && right.band) return left.band.lower - right.band.lower;
    return left.key < right.key ? -1 : left.key > right.key ? 1 : 0;
  });
  return { groups, bandWidth };
}

/** The narrowest width of 1, 2, 5 × 10^k giving at most `maximumBands` bands over the values. */
export function chooseBandWidth(values: readonly number[], maximumBands: number): number {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  for (let power = 0; ; power += 1)
    for (const step of [1, 2, 5]) {
      const width = step * 10 ** power;
      if (Math.floor(high / width) - Math.floor(low / width) + 1 <= maximumBands) return width;
    }
}

/**
 * Text trimmed (NFKC), blanks as null. Text stays text even when it reads as a number: the importer
 * already typed each column, and a column it kept as text (zip codes such as "007") is not banded.
 */
function normalizeValue(value: string | number | null): string | number | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.normalize('NFKC').trim();
  return text ? text : null;
}
