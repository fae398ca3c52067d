/**
 * Appends every item to `target` and returns it: `target.push(...items)` without putting each item on
 * the call stack, which throws `RangeError: Maximum call stack size exceeded` past ~120k items.
 */
export function appendAll<Item>(target: Item[], items: Iterable<Item>): Item[] {
  for (const item of items) target.push(item);
  return target;
}
