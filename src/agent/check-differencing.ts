import type { DeclaredGroup } from '../tools/declared-group.ts';
import { type CustomerKey, DifferenceSketch } from '../engine/privacy/difference-sketch.ts';
import {
  findPopulationsOfSize,
  forgetPopulations,
  loadCustomerKeys,
  rememberPopulations,
} from '../data/privacy/described-populations.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** The verdict of {@link checkDifferencing}. */
export type DifferencingVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** The declared group that differs too little from one described before (internal label, for logs). */
      label: string;
      /** How many customers are in one of the two groups but not the other (1 … minimum − 1). */
      difference: number;
      /** Whether the other group was described earlier or is in the same output. */
      against: 'earlier' | 'same-output';
    };

/**
 * The differencing rule (issue 11 item 3). Two answers about groups of customers that differ by a
 * few people give those people's figures by subtraction: "all customers" before and after importing
 * one more customer gives that customer's spend; segment S and "S without the ones who post photos"
 * gives the few non-posters'. So before an output describing groups is given to the model or a
 * person, each group whose values it aggregates (`members` is a list) is compared with every group
 * described before in this database — any dataset, any process, any thread — and with the output's
 * other groups; when some pair differs by more than 0 and fewer than `minimumGroupSize` customers
 * the whole output is refused. The same group again (difference 0) is fine: the same answer again.
 *
 * Refusal, not coarsening: rounding hides a customer's figure only when the rounding step exceeds
 * what one customer can contribute, which for spend has no bound (one ¥5,000,000 buyer). A refused
 * group is not remembered; an allowed one is, as a {@link DifferenceSketch} (a few kB whatever its
 * size), before the check, so two processes answering at the same moment cannot both pass.
 *
 * Pairs only: a chain of three or more groups (A, B, A∪B∖C …) can in principle still isolate a few
 * customers; the minimum size and the pairwise rule bound what such chains can reach, not everything.
 */
export async function checkDifferencing(options: {
  prisma: PrismaClient;
  groups: readonly DeclaredGroup[];
  minimumGroupSize: number;
}): Promise<DifferencingVerdict> {
  const { prisma, minimumGroupSize: limit } = options;
  const described = options.groups.filter(
    (group): group is DeclaredGroup & { members: readonly number[] } => group.members !== 'counted',
  );
  if (described.length === 0 || limit <= 1) return { allowed: true };
  const keys = await Promise.all(described.map((group) => loadCustomerKeys(prisma, group.members)));
  const cells = DifferenceSketch.cellsFor(limit);
  const sketches = keys.map((list) => DifferenceSketch.of(list, cells));

  for (let left = 0; left < sketches.length; left += 1)
    for (let right = left + 1; right < sketches.length; right += 1) {
      const difference = sketches[left]!.differenceFrom(sketches[right]!, limit);
      if (difference !== 'far' && difference > 0)
        return { allowed: false, label: described[right]!.label, difference, against: 'same-output' };
    }

  const written = await rememberPopulations(prisma, sketches);
  const own = new Set(sketches.map((sketch) => sketch.digest()));
  const sizes = sketches.map((sketch) => sketch.size);
  const earlier = await findPopulationsOfSize(prisma, {
    above: sizes.reduce((least, size) => Math.min(least, size), Infinity) - limit,
    below: sizes.reduce((most, size) => Math.max(most, size), -Infinity) + limit,
  });
  // Stored under another minimum size: compare with this group's sketch of that many cells.
  const resized = new Map<string, DifferenceSketch>();
  const sketchOf = (index: number, size: number): DifferenceSketch => {
    if (size === cells) return sketches[index]!;
    const key = `${index}:${size}`;
    if (!resized.has(key)) resized.set(key, DifferenceSketch.of(keys[index] as CustomerKey[], size));
    return resized.get(key)!;
  };
  for (const population of earlier) {
    if (own.has(population.digest)) continue;
    for (let index = 0; index < sketches.length; index += 1) {
      const difference = sketchOf(index, population.sketch.cells).differenceFrom(population.sketch, limit);
      if (difference !== 'far' && difference > 0) {
        await forgetPopulations(prisma, written);
        return { allowed: false, label: described[index]!.label, difference, against: 'earlier' };
      }
    }
  }
  return { allowed: true };
}
