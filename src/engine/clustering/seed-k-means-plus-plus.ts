import type { MatrixKernels } from '../linear-algebra/matrix-kernels.ts';
import type { Random } from '../random/create-random.ts';

/** Inputs of {@link seedKMeansPlusPlus}. */
export interface KMeansPlusPlusInput {
  data: Float32Array;
  rows: number;
  columns: number;
  /** Origin of the distance computations (see MatrixKernels). */
  origin: Float64Array;
  /** |x − origin|² of every row. */
  rowSquaredNorms: Float64Array;
  k: number;
  /** Candidates tried per centre; scikit-learn's greedy default is 2 + ⌊ln k⌋. */
  localTrials: number;
  random: Random;
  kernels: MatrixKernels;
}

/**
 * Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, with scikit-learn's local trials): each
 * new centre is the best of `localTrials` rows drawn with probability proportional to their
 * squared distance from the nearest centre so far, "best" meaning the lowest resulting potential.
 * One pass over the data per centre computes the distances to all candidates at once.
 *
 * @returns `k × columns` initial centres (copies of data rows).
 */
export async function seedKMeansPlusPlus(input: KMeansPlusPlusInput): Promise<Float32Array> {
  const { data, rows, columns, origin, rowSquaredNorms, k, localTrials, random, kernels } = input;
  const centres = new Float32Array(k * columns);
  const first = random.integer(rows);
  centres.set(rowOf(data, first, columns), 0);
  const firstDistances = await kernels.squaredDistances(
    data,
    rows,
    rowSquaredNorms,
    rowOf(data, first, columns),
    1,
    columns,
    origin,
  );
  const closest = Float64Array.from(firstDistances);
  let potential = sum(closest);
  const cumulative = new Float64Array(rows);

  for (let centre = 1; centre < k; centre += 1) {
    let running = 0;
    for (let row = 0; row < rows; row += 1) {
      running += closest[row]!;
      cumulative[row] = running;
    }
    const candidates = new Int32Array(localTrials);
    for (let trial = 0; trial < localTrials; trial += 1) {
      candidates[trial] = Math.min(rows - 1, searchSorted(cumulative, random.next() * potential));
    }
    const candidateRows = new Float32Array(localTrials * columns);
    candidates.forEach((row, trial) => candidateRows.set(rowOf(data, row, columns), trial * columns));
    const distances = await kernels.squaredDistances(
      data,
      rows,
      rowSquaredNorms,
      candidateRows,
      localTrials,
      columns,
      origin,
    );
    let bestTrial = 0;
    let bestPotential = Infinity;
    for (let trial = 0; trial < localTrials; trial += 1) {
      let trialPotential = 0;
      for (let row = 0; row < rows; row += 1)
        trialPotential += Math.min(closest[row]!, distances[row * localTrials + trial]!);
      if (trialPotential < bestPotential) {
        bestPotential = trialPotential;
        bestTrial = trial;
      }
    }
    for (let row = 0; row < rows; row += 1) {
      closest[row] = Math.min(closest[row]!, distances[row * localTrials + bestTrial]!);
    }
    potential = bestPotential;
    centres.set(rowOf(data, candidates[bestTrial]!, columns), centre * columns);
  }
  return centres;
}

function rowOf(data: Float32Array, row: number, columns: number): Float32Array {
  return data.subarray(row * columns, (row + 1) * columns);
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** First index whose cumulative value reaches `target` (numpy's searchsorted, side 'left'). */
function searchSorted(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
