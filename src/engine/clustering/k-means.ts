import { createMatrixKernels, type MatrixBackend } from '../linear-algebra/create-matrix-kernels.ts';
import type { MatrixKernels } from '../linear-algebra/matrix-kernels.ts';
import { sampleRowMean } from '../linear-algebra/sample-row-mean.ts';
import { createRandom } from '../random/create-random.ts';
import { ClusteringError } from '../engine-errors.ts';
import { runLloydIterations } from './run-lloyd-iterations.ts';
import { seedKMeansPlusPlus } from './seed-k-means-plus-plus.ts';
import { validateDataMatrix } from './validate-data-matrix.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';

/** Options of {@link kMeans}. */
export interface KMeansOptions {
  /** Number of clusters, 1 ≤ k ≤ rows. */
  k: number;
  /** Seed of the k-means++ draws; the same seed and data give the same clustering. */
  seed: number;
  /** Upper bound on Lloyd iterations. */
  maxIterations: number;
  /**
   * Convergence threshold relative to the data: iterations stop once the summed squared centroid
   * shift falls to `tolerance ×` the mean per-column variance (scikit-learn's `tol`), or when
   * no label changes.
   */
  tolerance: number;
  /** onnxruntime intra-op threads. */
  threads: number;
  /** `auto` uses onnxruntime when the data is large enough to repay its start-up. */
  backend: MatrixBackend;
  /** k-means++ candidates per centre; `null` means scikit-learn's 2 + ⌊ln k⌋. */
  localTrials: number | null;
  /** Start from these `k × columns` centroids instead of k-means++ seeding. */
  initialCentroids: Float32Array | null;
  /**
   * Independent k-means++ starts (scikit-learn's n_init); the run with the lowest inertia wins.
   * More starts make the result less dependent on the seed, at a proportional cost.
   */
  initializations: number;
  /** Kernels to reuse across calls (e.g. by chooseK); the caller then releases them. */
  kernels: MatrixKernels | null;
}

export const defaultKMeansOptions: KMeansOptions = {
  k: 8,
  seed: 0,
  maxIterations: 300,
  tolerance: 1e-4,
  threads: 2,
  backend: 'auto',
  localTrials: null,
  initialCentroids: null,
  initializations: 1,
  kernels: null,
};

/** Result of {@link kMeans}. */
export interface KMeansResult {
  /** Cluster of every row, 0 … k − 1. */
  labels: Int32Array;
  /** `k × columns` centroids, row-major. */
  centroids: Float32Array;
  /** Rows per cluster. */
  clusterSizes: Int32Array;
  /** Sum of squared distances of rows to their centroid. */
  inertia: number;
  /** Lloyd iterations run. */
  iterations: number;
  /** Whether the tolerance or stable labels stopped the iterations (not `maxIterations`). */
  converged: boolean;
  /** The kernels that did the arithmetic. */
  backend: 'onnx' | 'javascript';
  /** Things the caller should pass on to the user (non-convergence, fewer distinct clusters, …). */
  warnings: EngineWarning[];
}

/**
 * Lloyd's k-means with greedy k-means++ seeding, following scikit-learn's `KMeans(n_init=1,
 * algorithm='lloyd')` step for step (same stopping rules, empty-cluster re-seeding and final
 * assignment; the random draws differ). The assignment step is a matrix product, run on
 * onnxruntime for large inputs; cluster sums are then updated only for rows that changed
 * cluster, and the inertia is computed directly from each row's distance to its centroid.
 *
 * @param data row-major `rows × columns` float32 matrix (e.g. embeddings).
 * @throws ClusteringError on a bad shape, a non-finite value or an out-of-range option.
 */
export async function kMeans(
  data: Float32Array,
  rows: number,
  columns: number,
  options: Partial<KMeansOptions> = {},
): Promise<KMeansResult> {
  const settings: KMeansOptions = { ...defaultKMeansOptions, ...options };
  validateDataMatrix(data, rows, columns, 'deferred');
  checkOptions(settings, rows, columns);
  if (settings.initializations > 1 && !settings.initialCentroids)
    return bestOfInitializations(data, rows, columns, settings);
  const { k, maxIterations } = settings;
  const localTrials = settings.localTrials ?? 2 + Math.floor(Math.log(k));
  const kernels =
    settings.kernels ??
    createMatrixKernels(settings.backend, rows * columns * Math.max(k, localTrials), settings.threads);
  try {
    const origin = sampleRowMean(data, rows, columns);
    const rowNorms = await kernels.rowSquaredNorms(data, rows, columns, origin);
    validateDataMatrix(data, rows, columns, rowNorms);
    const warnings: EngineWarning[] = [];
    const random = createRandom(settings.seed);
    const initial =
      settings.initialCentroids ??
      (await seedKMeansPlusPlus({
        data,
        rows,
        columns,
        origin,
        rowSquaredNorms: rowNorms,
        k,
        localTrials,
        random,
        kernels,
      }));
    const outcome = await runLloydIterations({
      data,
      rows,
      columns,
      origin,
      rowSquaredNorms: rowNorms,
      centres: Float64Array.from(initial),
      k,
      maxIterations,
      tolerance: settings.tolerance,
      kernels,
    });
    const { converged, relocations } = outcome;
    if (!converged) {
      warnings.push(
        engineWarning(
          'KMEANS_NOT_CONVERGED',
          { iterations: maxIterations },
          `k-means stopped after ${maxIterations} iterations without converging: raise maxIterations or tolerance for a stable result.`,
        ),
      );
    }
    if (relocations > 0) {
      warnings.push(
        engineWarning(
          'KMEANS_EMPTY_RESEEDED',
          { count: relocations },
          `${relocations} empty cluster(s) were re-seeded with the rows farthest from their centres.`,
        ),
      );
    }
    const clusterSizes = Int32Array.from(outcome.counts);
    const nonEmpty = clusterSizes.filter((size) => size > 0).length;
    if (nonEmpty < k) {
      warnings.push(
        engineWarning(
          'KMEANS_FEW_DISTINCT_ROWS',
          { nonEmpty, k },
          `Only ${nonEmpty} of ${k} clusters are non-empty: the data has fewer distinct rows than k; use a smaller k.`,
        ),
      );
    }
    return {
      labels: outcome.labels,
      centroids: Float32Array.from(outcome.centres),
      clusterSizes,
      inertia: sum(await kernels.assignedSquaredDistances(data, rows, columns, outcome.labels, outcome.centres, k)),
      iterations: outcome.iterations,
      converged,
      backend: kernels.backend,
      warnings,
    };
  } finally {
    if (!settings.kernels) await kernels.release();
  }
}

function checkOptions(settings: KMeansOptions, rows: number, columns: number): void {
  const { k } = settings;
  const invalid = (message: string, details: Record<string, unknown>): never => {
    throw new ClusteringError('CLUSTERING_INVALID_OPTION', message, details);
  };
  if (!Number.isInteger(k) || k < 1) invalid(`k must be a positive integer, got ${k}.`, { k });
  if (k > rows) invalid(`k = ${k} is larger than the number of rows (${rows}): choose k ≤ ${rows}.`, { k, rows });
  if (!Number.isInteger(settings.initializations) || settings.initializations < 1) {
    invalid(`initializations must be a positive integer, got ${settings.initializations}; 1 to 10 is usual.`, {
      initializations: settings.initializations,
    });
  }
  if (!Number.isInteger(settings.maxIterations) || settings.maxIterations < 1) {
    invalid(`maxIterations must be a positive integer, got ${settings.maxIterations}.`, {
      maxIterations: settings.maxIterations,
    });
  }
  if (!(settings.tolerance >= 0) || !Number.isFinite(settings.tolerance)) {
    invalid(`tolerance must be a finite number ≥ 0, got ${settings.tolerance}.`, { tolerance: settings.tolerance });
  }
  if (!Number.isInteger(settings.threads) || settings.threads < 1) {
    invalid(`threads must be a positive integer, got ${settings.threads}.`, { threads: settings.threads });
  }
  if (settings.localTrials !== null && (!Number.isInteger(settings.localTrials) || settings.localTrials < 1)) {
    invalid(`localTrials must be a positive integer or null, got ${settings.localTrials}.`, {
      localTrials: settings.localTrials,
    });
  }
  const initial = settings.initialCentroids;
  if (initial && (initial.length !== k * columns || !initial.every(Number.isFinite))) {
    invalid(`initialCentroids must hold k × columns = ${k * columns} finite values, got ${initial.length}.`, {
      length: initial.length,
    });
  }
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Runs k-means from several seeds (sharing one set of kernels) and keeps the lowest inertia. */
async function bestOfInitializations(
  data: Float32Array,
  rows: number,
  columns: number,
  settings: KMeansOptions,
): Promise<KMeansResult> {
  const kernels =
    settings.kernels ?? createMatrixKernels(settings.backend, rows * columns * settings.k, settings.threads);
  try {
    let best: KMeansResult | null = null;
    for (let start = 0; start < settings.initializations; start += 1) {
      // Seeds 7919 apart (a prime) give unrelated mulberry32 streams for each start.
      const result = await kMeans(data, rows, columns, {
        ...settings,
        initializations: 1,
        seed: (settings.seed + start * 7919) >>> 0,
        kernels,
      });
      if (!best || result.inertia < best.inertia) best = result;
    }
    return best!;
  } finally {
    if (!settings.kernels) await kernels.release();
  }
}
