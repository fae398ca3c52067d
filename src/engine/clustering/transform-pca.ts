import { createMatrixKernels, type MatrixBackend } from '../linear-algebra/create-matrix-kernels.ts';
import { ClusteringError } from '../engine-errors.ts';
import type { PcaModel } from './fit-pca.ts';
import { validateDataMatrix } from './validate-data-matrix.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Options of {@link transformPca}. */
export interface PcaTransformOptions {
  threads: number;
  backend: MatrixBackend;
}

export const defaultPcaTransformOptions: PcaTransformOptions = { threads: 2, backend: 'auto' };

/**
 * Projects rows onto a fitted PCA's axes: (x − mean) · axesᵀ.
 *
 * @returns `rows × model.components` float32 scores, row-major.
 * @throws ClusteringError on bad data or a column count other than the model's.
 */
export async function transformPca(
  model: PcaModel,
  data: Float32Array,
  rows: number,
  options: Partial<PcaTransformOptions> = {},
): Promise<Float32Array> {
  const settings = { ...defaultPcaTransformOptions, ...options };
  const { columns, components } = model;
  if (!Number.isInteger(rows) || rows < 1 || data.length !== rows * columns) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_SHAPE',
      `transformPca expects rows × ${columns} values (the columns the PCA was fitted on), got ${data.length} values for ${groupDigits(rows)} rows.`,
      { length: data.length, rows, columns },
    );
  }
  validateDataMatrix(data, rows, columns);
  const transposedAxes = new Float64Array(columns * components);
  const offsets = new Float64Array(components);
  for (let component = 0; component < components; component += 1) {
    for (let column = 0; column < columns; column += 1) {
      const loading = model.axes[component * columns + column]!;
      transposedAxes[column * components + component] = loading;
      offsets[component]! += model.mean[column]! * loading;
    }
  }
  const kernels = createMatrixKernels(settings.backend, rows * columns * components, settings.threads);
  try {
    const product = await kernels.multiply(data, rows, columns, transposedAxes, components);
    return Float32Array.from(product, (value, index) => value - offsets[index % components]!);
  } finally {
    await kernels.release();
  }
}
