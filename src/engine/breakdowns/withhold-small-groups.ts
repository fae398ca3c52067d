import { mergeSalesFigures, type SalesFigures } from './sales-figures.ts';

/** What {@link withholdSmallGroups} keeps, pools and withholds. */
export interface WithheldGroups<Group> {
  /** Groups with at least the minimum of buying customers, or with none (zeros describe no one). */
  shown: Group[];
  /** The small groups pooled (「その他」), when together they reach the minimum; else null. */
  other: { groups: Group[]; figures: SalesFigures } | null;
  /** Small groups not shown at all: pooled they are still below the minimum (or pooling is off). */
  withheld: Group[];
}

/**
 * Splits groups by the minimum group size before any figure of them is given: a group with 1 to
 * `minimum` − 1 buying customers is never described on its own. With `pool`, the small groups are
 * taken together as one 「その他」 group when that group reaches the minimum; otherwise (or without
 * `pool`, e.g. months, which cannot be pooled into one) they are withheld. A group with no buyer is
 * kept: its zeros describe no one, and a trend without its empty months would mislead.
 */
export function withholdSmallGroups<Group>(
  groups: readonly Group[],
  figuresOf: (group: Group) => SalesFigures,
  options: { minimum: number; pool: boolean },
): WithheldGroups<Group> {
  const small = (group: Group): boolean => {
    const customers = figuresOf(group).customers;
    return customers > 0 && customers < options.minimum;
  };
  const shown = groups.filter((group) => !small(group));
  const smallGroups = groups.filter(small);
  if (options.pool && smallGroups.length > 0) {
    const figures = mergeSalesFigures(smallGroups.map(figuresOf));
    if (figures.customers >= options.minimum) return { shown, other: { groups: smallGroups, figures }, withheld: [] };
  }
  return { shown, other: null, withheld: smallGroups };
}
