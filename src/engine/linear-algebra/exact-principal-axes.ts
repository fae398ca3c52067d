import type { MatrixKernels } from './matrix-kernels.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

/** Principal axes of a data matrix, before sign conventions. */
export interface PrincipalAxes {
  /** Column means. */
  mean: Float64Array;
  /** `components × columns` unit axes, row-major, by decreasing variance. */
  axes: Float64Array;
  /** Variance along each axis (denominator rows − 1, as scikit-learn). */
  variances: Float64Array;
  /** Sum of all column variances (denominator rows − 1). */
  totalVariance: number;
}

/** Above this many multiply–adds the covariance is formed by the kernels rather than in JS. */
const javaScriptCovarianceLimit = 150_000_000;

/**
 * Exact principal axes by eigen-decomposition of the covariance (`columns × columns`) or, when
 * there are fewer rows than columns, of the Gram matrix (`rows × rows`). Meant for
 * min(rows, columns) up to a few hundred; larger inputs use the randomized method.
 */
export async function exactPrincipalAxes(
  data: Float32Array,
  rows: number,
  columns: number,
  components: number,
  kernels: MatrixKernels,
): Promise<PrincipalAxes> {
  const mean = new Float64Array(columns);
  for (let row = 0; row < rows; row += 1)
    for (let column = 0; column < columns; column += 1) mean[column]! += data[row * columns + column]!;
  for (let column = 0; column < columns; column += 1) mean[column]! /= rows;
  const centred = new Float64Array(rows * columns);
  let sumOfSquares = 0;
  for (let index = 0; index < centred.length; index += 1) {
    const value = data[index]! - mean[index % columns]!;
    centred[index] = value;
    sumOfSquares += value * value;
  }
  const denominator = Math.max(1, rows - 1);
  const axes = new Float64Array(components * columns);
  const variances = new Float64Array(components);

  if (columns <= rows) {
    let covariance: Float64Array;
    if (rows * columns * columns <= javaScriptCovarianceLimit) {
      covariance = new Float64Array(columns * columns);
      for (let row = 0; row < rows; row += 1) {
        const offset = row * columns;
        for (let left = 0; left < columns; left += 1) {
          const value = centred[offset + left]!;
          for (let right = left; right < columns; right += 1)
            covariance[left * columns + right]! += value * centred[offset + right]!;
        }
      }
    } else {
      const centredSingle = Float32Array.from(centred);
      covariance = await kernels.multiplyTransposed(centredSingle, rows, columns, centredSingle, columns);
    }
    const { values, vectors } = symmetricEigen(covariance, columns);
    for (let component = 0; component < components; component += 1) {
      variances[component] = Math.max(0, values[component]!) / denominator;
      for (let column = 0; column < columns; column += 1)
        axes[component * columns + column] = vectors[column * columns + component]!;
    }
  } else {
    const gram = new Float64Array(rows * rows);
    for (let left = 0; left < rows; left += 1) {
      for (let right = left; right < rows; right += 1) {
        let sum = 0;
        for (let column = 0; column < columns; column += 1)
          sum += centred[left * columns + column]! * centred[right * columns + column]!;
        gram[left * rows + right] = sum;
      }
    }
    const { values, vectors } = symmetricEigen(gram, rows);
    const largest = Math.max(values[0]!, 0);
    for (let component = 0; component < components; component += 1) {
      const value = Math.max(0, values[component]!);
      variances[component] = value / denominator;
      // Axis = Xcᵀu / √λ; directions without variance (rank below components) stay zero.
      if (value <= 1e-12 * largest || value === 0) continue;
      const scale = 1 / Math.sqrt(value);
      for (let row = 0; row < rows; row += 1) {
        const weight = vectors[row * rows + component]! * scale;
        for (let column = 0; column < columns; column += 1)
          axes[component * columns + column]! += weight * centred[row * columns + column]!;
      }
    }
  }
  return { mean, axes, variances, totalVariance: sumOfSquares / denominator };
}
