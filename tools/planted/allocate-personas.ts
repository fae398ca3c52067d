import type { Random } from '../../src/engine/random/create-random.ts';

/**
 * Gives each of `customerCount` customers a persona index so that the counts follow `shares` as
 * closely as integers allow (largest remainder; ties go to the earlier persona), then shuffles who
 * gets which. Exact counts rather than independent draws keep small datasets balanced: with equal
 * shares and ≥ 6 customers every persona is present.
 *
 * @param shares non-negative weights, one per persona, with a positive sum (need not sum to 1).
 */
export function allocatePersonas(random: Random, customerCount: number, shares: readonly number[]): Int32Array {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const exact = shares.map((share) => (share / total) * customerCount);
  const counts = exact.map(Math.floor);
  let left = customerCount - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((first, second) => second.remainder - first.remainder || first.index - second.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    counts[index] = (counts[index] as number) + 1;
    left -= 1;
  }
  const assignment = new Int32Array(customerCount);
  let position = 0;
  counts.forEach((count, persona) => {
    assignment.fill(persona, position, position + count);
    position += count;
  });
  return random.shuffle(assignment);
}
