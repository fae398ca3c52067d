import { createMatrixKernels, type MatrixBackend } from '../linear-algebra/create-matrix-kernels.ts';
import { exactPrincipalAxes, type PrincipalAxes } from '../linear-algebra/exact-principal-axes.ts';
import { randomizedPrincipalAxes } from '../linear-algebra/randomized-principal-axes.ts';
import { createRandom } from '../random/create-random.ts';
import { ClusteringError } from '../engine-errors.ts';
import { validateDataMatrix } from './validate-data-matrix.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';

/** Options of {@link fitPca}. */
export interface PcaOptions {
  /** Number of components kept (e.g. 64 before clustering, 2 for a plot). */
  components: number;
  /**
   * `exact` eigen-decomposes the covariance (or Gram) matrix, for min(rows, columns) ≤ 1000;
   * `randomized` uses seeded subspace iteration; `auto` is exact when min(rows, columns) ≤ 200.
   */
  method: 'auto' | 'exact' | 'randomized';
  /** Seed of the randomized method's starting subspace. */
  seed: number;
  /**
   * Randomized method: subspace iterations, each one product with the data and one with its
   * transpose (scikit-learn uses 4, or 7 for very few components; more sharpens weak components).
   */
  powerIterations: number;
  /** Randomized method: extra directions carried along. */
  oversamples: number;
  threads: number;
  backend: MatrixBackend;
}

export const defaultPcaOptions: PcaOptions = {
  components: 2,
  method: 'auto',
  seed: 0,
  powerIterations: 4,
  oversamples: 10,
  threads: 2,
  backend: 'auto',
};

/** A fitted PCA: plain data, so it can be stored; apply it with `transformPca`. */
export interface PcaModel {
  /** Number of input columns. */
  columns: number;
  /** Number of components. */
  components: number;
  /** Column means subtracted before projecting. */
  mean: Float64Array;
  /**
   * `components × columns` unit axes, row-major, by decreasing variance. Signs are fixed so the
   * largest-magnitude loading of each axis is positive (deterministic, unlike raw SVD signs).
   */
  axes: Float64Array;
  /** Variance along each axis (denominator rows − 1). */
  explainedVariance: Float64Array;
  /** Share of the total variance along each axis. */
  explainedVarianceRatio: Float64Array;
  /** Sum of all column variances (denominator rows − 1). */
  totalVariance: number;
  method: 'exact' | 'randomized';
  warnings: EngineWarning[];
}

/** Up to this min(rows, columns), `auto` uses the exact method. */
const exactLimit = 200;
/** Beyond this min(rows, columns) the exact method's O(size³) eigen-decomposition takes minutes. */
const exactMaximum = 1000;

/**
 * Principal component analysis: mean-centres the data and finds its top `components` axes, with
 * explained variance ratios. Used both to reduce embeddings before clustering (e.g. 2048 → 64)
 * and to project clusters to 2-D for plots.
 *
 * @throws ClusteringError on bad data, or components outside 1 … min(rows, columns).
 */
export async function fitPca(
  data: Float32Array,
  rows: number,
  columns: number,
  options: Partial<PcaOptions> = {},
): Promise<PcaModel> {
  const settings = { ...defaultPcaOptions, ...options };
  validateDataMatrix(data, rows, columns);
  const { components } = settings;
  if (!Number.isInteger(components) || components < 1 || components > Math.min(rows, columns)) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_OPTION',
      `components must be an integer from 1 to min(rows, columns) = ${Math.min(rows, columns)}, got ${components}.`,
      { components, rows, columns },
    );
  }
  if (!Number.isInteger(settings.oversamples) || settings.oversamples < 0) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_OPTION',
      `oversamples must be an integer ≥ 0, got ${settings.oversamples}.`,
      {
        oversamples: settings.oversamples,
      },
    );
  }
  const smaller = Math.min(rows, columns);
  const method = settings.method === 'auto' ? (smaller <= exactLimit ? 'exact' : 'randomized') : settings.method;
  if (method === 'exact' && smaller > exactMaximum) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_OPTION',
      `The exact PCA is limited to min(rows, columns) ≤ ${exactMaximum}, got ${smaller}: use method 'randomized' or 'auto'.`,
      { rows, columns },
    );
  }
  const width = Math.min(components + settings.oversamples, smaller);
  const kernels = createMatrixKernels(
    settings.backend,
    rows * columns * (method === 'exact' ? smaller : width),
    settings.threads,
  );
  const warnings: EngineWarning[] = [];
  try {
    let principal: PrincipalAxes;
    if (method === 'exact') {
      principal = await exactPrincipalAxes(data, rows, columns, components, kernels);
    } else {
      const { powerIterations } = settings;
      if (!Number.isInteger(powerIterations) || powerIterations < 0) {
        throw new ClusteringError(
          'CLUSTERING_INVALID_OPTION',
          `powerIterations must be an integer ≥ 0, got ${powerIterations}.`,
          {
            powerIterations,
          },
        );
      }
      principal = await randomizedPrincipalAxes(data, rows, columns, {
        components,
        oversamples: settings.oversamples,
        powerIterations,
        random: createRandom(settings.seed),
        kernels,
      });
    }
    const { mean, axes, variances, totalVariance } = principal;
    fixSigns(axes, components, columns);
    const explainedVarianceRatio = variances.map((variance) => (totalVariance > 0 ? variance / totalVariance : 0));
    if (totalVariance === 0)
      warnings.push(
        engineWarning('PCA_CONSTANT_DATA', {}, 'Every column is constant: all components have zero variance.'),
      );
    else if (variances.some((variance) => variance <= 1e-12 * totalVariance)) {
      warnings.push(
        engineWarning(
          'PCA_LOW_RANK',
          {},
          'Some components carry no variance: the data has lower rank than the components requested.',
        ),
      );
    }
    return {
      columns,
      components,
      mean,
      axes,
      explainedVariance: variances,
      explainedVarianceRatio,
      totalVariance,
      method,
      warnings,
    };
  } finally {
    await kernels.release();
  }
}

function fixSigns(axes: Float64Array, components: number, columns: number): void {
  for (let component = 0; component < components; component += 1) {
    const offset = component * columns;
    let largest = 0;
    for (let column = 0; column < columns; column += 1) {
      if (Math.abs(axes[offset + column]!) > Math.abs(largest)) largest = axes[offset + column]!;
    }
    if (largest < 0)
      for (let column = 0; column < columns; column += 1) axes[offset + column] = -axes[offset + column]!;
  }
}
