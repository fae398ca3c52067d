import { engineWarning, type EngineWarning } from '../engine-warning.ts';
import { groupDigits } from '../../core/format/format-count.ts';
/**
 * Folds clusters smaller than `minimumSize` into the nearest surviving centroid, smallest first, then
 * renumbers clusters by size (0 = largest). Centroids of survivors are kept as they were, so a merge
 * never drags a healthy segment towards outliers.
 */
export function mergeSmallClusters(
  data: Float32Array,
  columns: number,
  labels: Int32Array,
  centroids: Float32Array,
  minimumSize: number,
): { labels: Int32Array; warnings: EngineWarning[] } {
  const result = Int32Array.from(labels);
  const warnings: EngineWarning[] = [];
  const sizes = (): Map<number, number> => {
    const counts = new Map<number, number>();
    for (const label of result) counts.set(label, (counts.get(label) ?? 0) + 1);
    return counts;
  };
  for (;;) {
    const counts = sizes();
    if (counts.size <= 1) break;
    const smallest = [...counts.entries()].sort((left, right) => left[1] - right[1])[0]!;
    if (smallest[1] >= minimumSize) break;
    const survivors = [...counts.keys()].filter((label) => label !== smallest[0]);
    for (let row = 0; row < result.length; row += 1) {
      if (result[row] !== smallest[0]) continue;
      let best = survivors[0]!;
      let bestDistance = Infinity;
      for (const label of survivors) {
        let distance = 0;
        for (let column = 0; column < columns; column += 1)
          distance += (data[row * columns + column]! - centroids[label * columns + column]!) ** 2;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = label;
        }
      }
      result[row] = best;
    }
    warnings.push(
      engineWarning(
        'SMALL_GROUP_MERGED',
        { size: smallest[1], minimum: minimumSize },
        `A group of ${groupDigits(smallest[1])} customers (below the minimum segment size of ${minimumSize}) was merged into the nearest segments.`,
      ),
    );
  }
  return { labels: renumberBySize(result), warnings };
}

/** Renumbers cluster labels 0..k−1 by size, largest first (ties: the lower label first). */
export function renumberBySize(labels: Int32Array): Int32Array {
  const counts = new Map<number, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const order = [...counts.keys()].sort((left, right) => counts.get(right)! - counts.get(left)! || left - right);
  const renumber = new Map(order.map((label, index) => [label, index]));
  return labels.map((label) => renumber.get(label)!);
}
