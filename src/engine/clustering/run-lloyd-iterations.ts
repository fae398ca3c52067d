import type { LabelSums, MatrixKernels } from '../linear-algebra/matrix-kernels.ts';
import { relocateEmptyClusters } from './relocate-empty-clusters.ts';

/** Inputs of {@link runLloydIterations}. */
export interface LloydInput {
  data: Float32Array;
  rows: number;
  columns: number;
  /** Origin of the distance computations (see MatrixKernels). */
  origin: Float64Array;
  /** |x − origin|² of every row. */
  rowSquaredNorms: Float64Array;
  /** `k × columns` starting centres. */
  centres: Float64Array;
  k: number;
  maxIterations: number;
  /** Relative tolerance (scikit-learn's `tol`). */
  tolerance: number;
  kernels: MatrixKernels;
}

/** Outcome of {@link runLloydIterations}; labels, sums and counts belong to the returned centres. */
export interface LloydOutcome extends LabelSums {
  labels: Int32Array;
  centres: Float64Array;
  iterations: number;
  converged: boolean;
  /** Empty clusters re-seeded over all iterations. */
  relocations: number;
}

/**
 * Lloyd iterations as scikit-learn runs them: assign, re-seed empty clusters, move centres to
 * their means; stop when no label changes, when the summed squared centre shift is at most
 * `tolerance ×` the mean column variance, or after `maxIterations`. Unless the labels were stable,
 * a final assignment makes the labels those of the returned centres.
 *
 * After the first pass, per-cluster sums are updated only for rows whose label changed, which is
 * what keeps later iterations to a single product over the data.
 */
export async function runLloydIterations(input: LloydInput): Promise<LloydOutcome> {
  const { data, rows, columns, origin, rowSquaredNorms, k, kernels } = input;
  let centres = input.centres;
  let labels: Int32Array | null = null;
  let sums: Float64Array = new Float64Array(k * columns);
  let counts: Float64Array = new Float64Array(k);
  let absoluteTolerance = 0;
  let iterations = 0;
  let converged = false;
  let labelsMatchCentres = false;
  let relocations = 0;

  const assign = async (): Promise<{ changed: number; squaredDistances: Float64Array }> => {
    const pass = await kernels.nearestCentroids(data, rows, columns, rowSquaredNorms, centres, k, origin);
    const changedRows: number[] = [];
    if (labels) for (let row = 0; row < rows; row += 1) if (pass.labels[row] !== labels[row]) changedRows.push(row);
    const fullThreshold = kernels.backend === 'onnx' ? 0.2 : 0.5;
    if (!labels || changedRows.length > fullThreshold * rows) {
      ({ sums, counts } = await kernels.sumRowsByLabel(data, rows, columns, pass.labels, k));
    } else {
      for (const row of changedRows) moveRow(data, columns, row, labels[row]!, pass.labels[row]!, sums, counts);
    }
    const changed = labels ? changedRows.length : rows;
    labels = pass.labels;
    return { changed, squaredDistances: pass.squaredDistances };
  };

  while (iterations < input.maxIterations) {
    iterations += 1;
    const { changed, squaredDistances } = await assign();
    if (iterations === 1) absoluteTolerance = input.tolerance * meanColumnVariance(sums, rowSquaredNorms, origin, rows);
    const relocated = relocateEmptyClusters(data, columns, sums, counts, labels!, squaredDistances);
    relocations += relocated;
    const updated = meansOf(sums, counts, centres, columns);
    const shift = squaredDifference(updated, centres);
    centres = updated;
    if (iterations > 1 && changed === 0 && relocated === 0) {
      converged = true;
      labelsMatchCentres = true;
      break;
    }
    if (shift <= absoluteTolerance) {
      converged = true;
      break;
    }
  }
  if (!labelsMatchCentres) await assign();
  return { labels: labels!, sums, counts, centres, iterations, converged, relocations };
}

function moveRow(
  data: Float32Array,
  columns: number,
  row: number,
  from: number,
  to: number,
  sums: Float64Array,
  counts: Float64Array,
): void {
  const offset = row * columns;
  const fromOffset = from * columns;
  const toOffset = to * columns;
  for (let column = 0; column < columns; column += 1) {
    const value = data[offset + column]!;
    sums[fromOffset + column]! -= value;
    sums[toOffset + column]! += value;
  }
  counts[from]! -= 1;
  counts[to]! += 1;
}

/**
 * scikit-learn's tolerance scale, the mean over columns of each column's (population) variance:
 * (Σ|x − o|² / rows − |μ − o|²) / columns, with the mean μ from the per-cluster sums.
 */
function meanColumnVariance(sums: Float64Array, rowNorms: Float64Array, origin: Float64Array, rows: number): number {
  const columns = origin.length;
  const offsetOfMean = new Float64Array(columns);
  for (let index = 0; index < sums.length; index += 1) offsetOfMean[index % columns]! += sums[index]!;
  let meanOffsetNorm = 0;
  for (let column = 0; column < columns; column += 1)
    meanOffsetNorm += (offsetOfMean[column]! / rows - origin[column]!) ** 2;
  let sumOfNorms = 0;
  for (const norm of rowNorms) sumOfNorms += norm;
  return Math.max(0, sumOfNorms / rows - meanOffsetNorm) / columns;
}

/** Cluster means; a cluster left empty (no row could be moved to it) keeps its previous centre. */
function meansOf(sums: Float64Array, counts: Float64Array, previous: Float64Array, columns: number): Float64Array {
  const means = new Float64Array(sums.length);
  counts.forEach((count, cluster) => {
    for (let column = 0; column < columns; column += 1) {
      const index = cluster * columns + column;
      means[index] = count > 0 ? sums[index]! / count : previous[index]!;
    }
  });
  return means;
}

function squaredDifference(left: Float64Array, right: Float64Array): number {
  let total = 0;
  for (let index = 0; index < left.length; index += 1) total += (left[index]! - right[index]!) ** 2;
  return total;
}
