/**
 * Arithmetic mean. Returns NaN for an empty input so callers decide how to report "no data".
 */
export function mean(values: ArrayLike<number>): number {
  const count = values.length;
  if (count === 0) return Number.NaN;
  let total = 0;
  for (let index = 0; index < count; index += 1) total += values[index] as number;
  return total / count;
}
