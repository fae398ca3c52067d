import type { MatrixKernels } from '../linear-algebra/matrix-kernels.ts';
import { sampleRowMean } from '../linear-algebra/sample-row-mean.ts';
import { createRandom } from '../random/create-random.ts';

/** Rows on which a silhouette is computed, with their pairwise Euclidean distances. */
export interface SilhouetteSample {
  /** Indices of the sampled rows in the data, in sampling order. */
  rows: Int32Array;
  /** `rows.length × rows.length` Euclidean distances, zero diagonal. */
  distances: Float32Array;
  /** Whether every row is in the sample (the silhouette is then exact). */
  exact: boolean;
}

/**
 * Draws up to `sampleSize` rows without replacement (all rows, in order, when there are that few)
 * and computes their distance matrix once, so silhouettes of several labelings (as in chooseK)
 * cost only a pass over the matrix each. Distances are in float32 through the kernels' product.
 */
export async function createSilhouetteSample(
  data: Float32Array,
  rows: number,
  columns: number,
  sampleSize: number,
  seed: number,
  kernels: MatrixKernels,
): Promise<SilhouetteSample> {
  const exact = rows <= sampleSize;
  const indices = Int32Array.from({ length: rows }, (_, index) => index);
  const sample = exact ? indices : createRandom(seed).shuffle(indices).slice(0, sampleSize);
  const size = sample.length;
  const values = new Float32Array(size * columns);
  sample.forEach((row, index) => values.set(data.subarray(row * columns, (row + 1) * columns), index * columns));
  const origin = sampleRowMean(values, size, columns);
  const norms = await kernels.rowSquaredNorms(values, size, columns, origin);
  const distances = await kernels.squaredDistances(values, size, norms, values, size, columns, origin);
  for (let index = 0; index < distances.length; index += 1) distances[index] = Math.sqrt(distances[index]!);
  for (let index = 0; index < size; index += 1) distances[index * size + index] = 0;
  return { rows: sample, distances, exact };
}
