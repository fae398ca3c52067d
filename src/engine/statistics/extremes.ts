/**
 * Largest value, like `Math.max(...values)` but without putting every value on the call stack (which
 * throws `RangeError` past ~120k values). NaN values are skipped; an empty input gives -Infinity.
 */
export function maxOf(values: Iterable<number>): number {
  let largest = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > largest) largest = value;
  return largest;
}

/** Smallest value, like `Math.min(...values)` without the stack limit; NaN skipped; empty gives Infinity. */
export function minOf(values: Iterable<number>): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < smallest) smallest = value;
  return smallest;
}
