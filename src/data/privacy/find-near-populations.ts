import { DifferenceSketch } from '../../engine/privacy/difference-sketch.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findPopulationsOfSize, loadCustomerKeys } from './described-populations.ts';

/**
 * Whether some of these customer groups (database ids each) differ by 1 … `minimumGroupSize` − 1
 * customers from each other or from a group described before in this database: the pairs the
 * differencing rule (src/agent/check-differencing.ts) refuses. Reads only, remembers nothing, so a
 * tool can choose among ways of cutting its answer (months or quarters) the one that will not be
 * refused; the rule itself is still applied to what the tool finally returns.
 */
export async function hasNearPopulations(
  prisma: PrismaClient,
  groups: readonly (readonly number[])[],
  minimumGroupSize: number,
): Promise<boolean> {
  const limit = minimumGroupSize;
  if (groups.length === 0 || limit <= 1) return false;
  const keys = await Promise.all(groups.map((members) => loadCustomerKeys(prisma, members)));
  const cells = DifferenceSketch.cellsFor(limit);
  const sketches = keys.map((list) => DifferenceSketch.of(list, cells));
  const near = (difference: number | 'far'): boolean => difference !== 'far' && difference > 0;
  for (let left = 0; left < sketches.length; left += 1)
    for (let right = left + 1; right < sketches.length; right += 1)
      if (near(sketches[left]!.differenceFrom(sketches[right]!, limit))) return true;
  const sizes = sketches.map((sketch) => sketch.size);
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  for (const size of sizes) {
    least = Math.min(least, size);
    most = Math.max(most, size);
  }
  const earlier = await findPopulationsOfSize(prisma, { above: least - limit, below: most + limit });
  for (const population of earlier)
    for (const [index, list] of keys.entries()) {
      const sketch =
        population.sketch.cells === cells ? sketches[index]! : DifferenceSketch.of(list, population.sketch.cells);
      if (sketch.digest() === population.digest) continue;
      if (near(sketch.differenceFrom(population.sketch, limit))) return true;
    }
  return false;
}
