import { createMatrixKernels, type MatrixBackend } from '../linear-algebra/create-matrix-kernels.ts';
import { ClusteringError } from '../engine-errors.ts';
import { kMeans, type KMeansOptions, type KMeansResult } from './k-means.ts';
import { createSilhouetteSample } from './silhouette-sample.ts';
import { silhouetteOfSample } from './silhouette-of-sample.ts';
import { validateDataMatrix } from './validate-data-matrix.ts';
import { maxOf } from '../statistics/extremes.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Options of {@link chooseK}. */
export interface ChooseKOptions {
  /** Smallest k tried (≥ 2: the silhouette is undefined for one cluster). */
  minK: number;
  /** Largest k tried; lowered to rows − 1 (and sample size − 1) when the data is that small. */
  maxK: number;
  /** Seed of k-means++ (the same for every k) and of the silhouette sample. */
  seed: number;
  /** Rows on which silhouettes are computed; exact below this many rows. */
  silhouetteSampleSize: number;
  threads: number;
  backend: MatrixBackend;
  /**
   * Silhouettes within this much of the best count as tied, and the largest tied k wins (0: the
   * strict best, smaller k on exact ties). Differences of a few thousandths are within the variation
   * between k-means solutions, so a caller that prefers finer groups can say so here.
   */
  tieTolerance: number;
  /** Passed on to every k-means run (e.g. maxIterations, tolerance). */
  kMeans: Partial<Pick<KMeansOptions, 'maxIterations' | 'tolerance' | 'localTrials' | 'initializations'>>;
}

export const defaultChooseKOptions: ChooseKOptions = {
  minK: 2,
  maxK: 10,
  seed: 0,
  silhouetteSampleSize: 3000,
  threads: 2,
  backend: 'auto',
  tieTolerance: 0,
  kMeans: {},
};

/** Score of one k, for explaining the choice. */
export interface KScore {
  k: number;
  silhouette: number;
  inertia: number;
  iterations: number;
  converged: boolean;
}

/** Result of {@link chooseK}. */
export interface ChooseKResult {
  /** The k chosen: the highest silhouette, or the largest k within `tieTolerance` of it; `best` is its run. */
  bestK: number;
  /** One entry per k tried, in increasing k. */
  scores: KScore[];
  /** The k-means result for `bestK`, so callers need not run it again. */
  best: KMeansResult;
  /** Whether silhouettes used every row rather than a sample. */
  silhouetteExact: boolean;
  warnings: EngineWarning[];
}

/**
 * Runs k-means for every k in [minK, maxK] and picks the k with the best mean silhouette. The
 * silhouette sample and its distance matrix are computed once and shared by all k, and one set
 * of kernels (onnxruntime sessions) serves every run.
 *
 * @throws ClusteringError on bad data or when the range holds no usable k.
 */
export async function chooseK(
  data: Float32Array,
  rows: number,
  columns: number,
  options: Partial<ChooseKOptions> = {},
): Promise<ChooseKResult> {
  const settings = { ...defaultChooseKOptions, ...options };
  validateDataMatrix(data, rows, columns);
  const sampleRows = Math.min(rows, settings.silhouetteSampleSize);
  const maxK = Math.min(settings.maxK, rows - 1, sampleRows - 1);
  const { minK } = settings;
  if (!Number.isInteger(minK) || !Number.isInteger(settings.maxK) || minK < 2 || minK > maxK) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_OPTION',
      `chooseK needs integers 2 ≤ minK ≤ maxK ≤ ${Math.min(rows, sampleRows) - 1} for ${groupDigits(rows)} rows, ` +
        `got minK ${minK}, maxK ${settings.maxK}.`,
      { minK, maxK: settings.maxK, rows },
    );
  }
  const warnings: EngineWarning[] = [];
  if (maxK < settings.maxK)
    warnings.push(
      engineWarning(
        'MAX_K_LOWERED',
        { requested: settings.maxK, used: maxK, rows },
        `maxK lowered from ${settings.maxK} to ${maxK} to fit ${groupDigits(rows)} rows.`,
      ),
    );
  const workload = Math.max(rows * columns * maxK, sampleRows * sampleRows * columns);
  const kernels = createMatrixKernels(settings.backend, workload, settings.threads);
  try {
    const sample = await createSilhouetteSample(
      data,
      rows,
      columns,
      settings.silhouetteSampleSize,
      settings.seed,
      kernels,
    );
    const scores: KScore[] = [];
    const results: KMeansResult[] = [];
    for (let k = minK; k <= maxK; k += 1) {
      const result = await kMeans(data, rows, columns, { ...settings.kMeans, k, seed: settings.seed, kernels });
      const nonEmpty = result.clusterSizes.filter((size) => size > 0).length;
      // Fewer distinct clusters than k (duplicate rows) leave nothing new to score.
      const silhouette = nonEmpty < 2 ? Number.NaN : silhouetteOfSampleOrNaN(sample, result.labels);
      scores.push({
        k,
        silhouette,
        inertia: result.inertia,
        iterations: result.iterations,
        converged: result.converged,
      });
      for (const warning of result.warnings) warnings.push({ ...warning, k, message: `k = ${k}: ${warning.message}` });
      results.push(result);
    }
    const bestScore = maxOf(scores.map((score) => score.silhouette));
    const chosen =
      settings.tieTolerance > 0
        ? scores.findLastIndex((score) => score.silhouette >= bestScore - settings.tieTolerance)
        : scores.findIndex((score) => score.silhouette === bestScore);
    const best = chosen >= 0 ? results[chosen] : undefined;
    if (!best) {
      throw new ClusteringError(
        'CLUSTERING_INVALID_LABELS',
        'No k in the range produced a silhouette: the data has fewer than 2 distinct rows.',
        { minK, maxK },
      );
    }
    return { bestK: scores[chosen]!.k, scores, best, silhouetteExact: sample.exact, warnings };
  } finally {
    await kernels.release();
  }
}

function silhouetteOfSampleOrNaN(sample: Parameters<typeof silhouetteOfSample>[0], labels: Int32Array): number {
  try {
    return silhouetteOfSample(sample, labels);
  } catch (error) {
    // A sample can miss small clusters entirely; that k is then not scored rather than fatal.
    if (error instanceof ClusteringError && error.code === 'CLUSTERING_INVALID_LABELS') return Number.NaN;
    throw error;
  }
}
