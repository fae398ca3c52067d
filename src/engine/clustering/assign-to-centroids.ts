import { ClusteringError } from '../engine-errors.ts';

/** Nearest centroid of each row, and the squared distance to it. */
export interface CentroidAssignment {
  labels: Int32Array;
  squaredDistances: Float64Array;
}

/**
 * Assigns each row of a chunk to its nearest centroid (squared Euclidean distance; ties go to the lower
 * index), as k-means' final step does. It needs only the chunk and the `k × columns` centroids, so
 * millions of rows can be assigned a page at a time with memory bounded by the page.
 *
 * @throws ClusteringError `CLUSTERING_INVALID_SHAPE` when the lengths do not match rows and columns.
 */
export function assignToCentroids(
  data: Float32Array,
  rows: number,
  columns: number,
  centroids: Float32Array,
): CentroidAssignment {
  const k = centroids.length / columns;
  if (data.length !== rows * columns || !Number.isInteger(k) || k < 1) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_SHAPE',
      `assignToCentroids expects rows × columns data and k × columns centroids; got ${data.length} values for ${rows} × ${columns} and ${centroids.length} centroid values.`,
      { length: data.length, rows, columns, centroids: centroids.length },
    );
  }
  const labels = new Int32Array(rows);
  const squaredDistances = new Float64Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const offset = row * columns;
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let centre = 0; centre < k; centre += 1) {
      const centreOffset = centre * columns;
      let distance = 0;
      for (let column = 0; column < columns; column += 1) {
        const difference = data[offset + column]! - centroids[centreOffset + column]!;
        distance += difference * difference;
        if (distance >= bestDistance) break;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = centre;
      }
    }
    labels[row] = best;
    squaredDistances[row] = bestDistance;
  }
  return { labels, squaredDistances };
}
