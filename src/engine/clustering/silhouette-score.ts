import { createMatrixKernels, type MatrixBackend } from '../linear-algebra/create-matrix-kernels.ts';
import { ClusteringError } from '../engine-errors.ts';
import { createSilhouetteSample } from './silhouette-sample.ts';
import { silhouetteOfSample } from './silhouette-of-sample.ts';
import { validateDataMatrix } from './validate-data-matrix.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Options of {@link silhouetteScore}. */
export interface SilhouetteOptions {
  /** Above this many rows the score is computed on a seeded sample of this size. */
  sampleSize: number;
  /** Seed of the sample. */
  seed: number;
  threads: number;
  backend: MatrixBackend;
}

export const defaultSilhouetteOptions: SilhouetteOptions = { sampleSize: 3000, seed: 0, threads: 2, backend: 'auto' };

/** Result of {@link silhouetteScore}. */
export interface SilhouetteResult {
  /** Mean silhouette coefficient in [−1, 1]; higher means tighter, better separated clusters. */
  score: number;
  /** Whether all rows were used (otherwise a sample of `sampledRows`). */
  exact: boolean;
  sampledRows: number;
}

/**
 * Mean silhouette coefficient of a clustering (Rousseeuw 1987) with Euclidean distances, as
 * scikit-learn's `silhouette_score`; exact up to `sampleSize` rows, otherwise on a seeded sample
 * (like `silhouette_score(sample_size=…)`), since the cost grows with the square of the rows.
 *
 * @param labels cluster of every row (any integers).
 * @throws ClusteringError on bad data, or labels of the wrong length or with fewer than 2 or more
 * than rows − 1 clusters (in the sample).
 */
export async function silhouetteScore(
  data: Float32Array,
  rows: number,
  columns: number,
  labels: ArrayLike<number>,
  options: Partial<SilhouetteOptions> = {},
): Promise<SilhouetteResult> {
  const settings = { ...defaultSilhouetteOptions, ...options };
  validateDataMatrix(data, rows, columns);
  if (labels.length !== rows) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_LABELS',
      `labels has ${labels.length} entries for ${groupDigits(rows)} rows: pass one label per row.`,
      {
        labels: labels.length,
        rows,
      },
    );
  }
  if (!Number.isInteger(settings.sampleSize) || settings.sampleSize < 2) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_OPTION',
      `sampleSize must be an integer ≥ 2, got ${settings.sampleSize}.`,
      {
        sampleSize: settings.sampleSize,
      },
    );
  }
  const size = Math.min(rows, settings.sampleSize);
  const kernels = createMatrixKernels(settings.backend, size * size * columns, settings.threads);
  try {
    const sample = await createSilhouetteSample(data, rows, columns, settings.sampleSize, settings.seed, kernels);
    return { score: silhouetteOfSample(sample, labels), exact: sample.exact, sampledRows: sample.rows.length };
  } finally {
    await kernels.release();
  }
}
