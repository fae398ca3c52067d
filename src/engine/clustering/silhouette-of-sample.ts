import { ClusteringError } from '../engine-errors.ts';
import type { SilhouetteSample } from './silhouette-sample.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/**
 * Mean silhouette of `labels` (one per data row) on a prepared sample.
 *
 * @throws ClusteringError `CLUSTERING_INVALID_LABELS` when the sample holds fewer than 2 or more
 * than size − 1 clusters, where the silhouette is undefined.
 */
export function silhouetteOfSample(sample: SilhouetteSample, labels: ArrayLike<number>): number {
  const size = sample.rows.length;
  const ids = new Map<number, number>();
  const dense = new Int32Array(size);
  sample.rows.forEach((row, index) => {
    const label = labels[row]!;
    if (!ids.has(label)) ids.set(label, ids.size);
    dense[index] = ids.get(label)!;
  });
  if (ids.size < 2 || ids.size > size - 1) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_LABELS',
      `The silhouette needs between 2 and ${size - 1} clusters among the ${groupDigits(size)} rows scored, got ${ids.size}.`,
      { clusters: ids.size, rows: size },
    );
  }
  return meanSilhouette(sample.distances, size, dense, ids.size);
}

/**
 * Mean silhouette coefficient from a full `rows × rows` matrix of Euclidean distances and dense
 * labels 0 … labelCount − 1, with scikit-learn's conventions: a row alone in its cluster scores 0,
 * and 0/0 counts as 0.
 */
function meanSilhouette(distances: Float32Array, rows: number, labels: Int32Array, labelCount: number): number {
  const sizes = new Float64Array(labelCount);
  for (const label of labels) sizes[label]! += 1;
  const clusterSums = new Float64Array(labelCount);
  let total = 0;
  for (let row = 0; row < rows; row += 1) {
    clusterSums.fill(0);
    const offset = row * rows;
    for (let other = 0; other < rows; other += 1) clusterSums[labels[other]!]! += distances[offset + other]!;
    const own = labels[row]!;
    if (sizes[own]! <= 1) continue;
    // The row's distance to itself is 0, so the sum over its cluster already excludes it.
    const within = clusterSums[own]! / (sizes[own]! - 1);
    let nearest = Infinity;
    for (let cluster = 0; cluster < labelCount; cluster += 1) {
      if (cluster !== own && sizes[cluster]! > 0) nearest = Math.min(nearest, clusterSums[cluster]! / sizes[cluster]!);
    }
    const scale = Math.max(within, nearest);
    if (scale > 0) total += (nearest - within) / scale;
  }
  return total / rows;
}
