import { ClusteringError } from '../engine-errors.ts';

/**
 * Adjusted Rand index of two labelings of the same rows (Hubert & Arabie 1985), as scikit-learn's
 * `adjusted_rand_score`: 1 for identical partitions (up to renaming), about 0 for independent
 * ones, negative when agreement is below chance. Labels may be any integers.
 *
 * @throws ClusteringError `CLUSTERING_INVALID_LABELS` when the lengths differ or are zero.
 */
export function adjustedRandIndex(truth: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const rows = truth.length;
  if (rows !== predicted.length || rows === 0) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_LABELS',
      `adjustedRandIndex needs two non-empty labelings of the same rows, got ${rows} and ${predicted.length} labels.`,
      { truthLength: rows, predictedLength: predicted.length },
    );
  }
  const { ids: truthIds, count: truthCount } = denseIds(truth);
  const { ids: predictedIds, count: predictedCount } = denseIds(predicted);
  // scikit-learn's special cases: one cluster each, or every row its own cluster, is perfect agreement.
  if ((truthCount === 1 && predictedCount === 1) || (truthCount === rows && predictedCount === rows)) return 1;

  const contingency = new Map<number, number>();
  const truthSizes = new Float64Array(truthCount);
  const predictedSizes = new Float64Array(predictedCount);
  for (let row = 0; row < rows; row += 1) {
    const key = truthIds[row]! * predictedCount + predictedIds[row]!;
    contingency.set(key, (contingency.get(key) ?? 0) + 1);
    truthSizes[truthIds[row]!]! += 1;
    predictedSizes[predictedIds[row]!]! += 1;
  }
  const pairs = (count: number): number => (count * (count - 1)) / 2;
  let index = 0;
  for (const count of contingency.values()) index += pairs(count);
  let truthPairs = 0;
  for (const size of truthSizes) truthPairs += pairs(size);
  let predictedPairs = 0;
  for (const size of predictedSizes) predictedPairs += pairs(size);
  const expected = (truthPairs * predictedPairs) / pairs(rows);
  const maximum = (truthPairs + predictedPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}

/** Renames labels to 0 … count − 1 in order of first appearance. */
function denseIds(labels: ArrayLike<number>): { ids: Int32Array; count: number } {
  const ids = new Map<number, number>();
  const dense = new Int32Array(labels.length);
  for (let row = 0; row < labels.length; row += 1) {
    const label = labels[row]!;
    let id = ids.get(label);
    if (id === undefined) {
      id = ids.size;
      ids.set(label, id);
    }
    dense[row] = id;
  }
  return { ids: dense, count: ids.size };
}
