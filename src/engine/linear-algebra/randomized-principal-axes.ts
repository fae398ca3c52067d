import type { Random } from '../random/create-random.ts';
import type { PrincipalAxes } from './exact-principal-axes.ts';
import type { MatrixKernels } from './matrix-kernels.ts';
import { orthonormalizeColumns } from './orthonormalize-columns.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

/** Settings of {@link randomizedPrincipalAxes}. */
export interface RandomizedAxesSettings {
  components: number;
  /** Extra directions carried along to sharpen the top ones (Halko et al. suggest 5–10). */
  oversamples: number;
  /** Subspace (power) iterations, each one product with X and one with Xᵀ. */
  powerIterations: number;
  random: Random;
  kernels: MatrixKernels;
}

/**
 * Top principal axes by randomized subspace iteration (Halko, Martinsson & Tropp 2011) on the
 * implicitly centred data, finished with a Rayleigh–Ritz step: the data is only ever multiplied
 * (never copied or centred), so the heavy products run on the kernels and memory stays at a few
 * `rows × (components + oversamples)` matrices.
 */
export async function randomizedPrincipalAxes(
  data: Float32Array,
  rows: number,
  columns: number,
  settings: RandomizedAxesSettings,
): Promise<PrincipalAxes> {
  const { components, kernels, random } = settings;
  const width = Math.min(components + settings.oversamples, rows, columns);
  const ones = new Float64Array(rows).fill(1);
  const mean = await kernels.multiplyTransposed(data, rows, columns, ones, 1);
  for (let column = 0; column < columns; column += 1) mean[column]! /= rows;

  // (X − 1μᵀ)B = XB − 1(μᵀB)
  const centredProduct = async (basis: Float64Array): Promise<Float64Array> => {
    const product = await kernels.multiply(data, rows, columns, basis, width);
    const shift = new Float64Array(width);
    for (let column = 0; column < columns; column += 1) {
      for (let index = 0; index < width; index += 1) shift[index]! += mean[column]! * basis[column * width + index]!;
    }
    for (let row = 0; row < rows; row += 1)
      for (let index = 0; index < width; index += 1) product[row * width + index]! -= shift[index]!;
    return product;
  };
  // (X − 1μᵀ)ᵀY = XᵀY − μ(1ᵀY)
  const centredTransposedProduct = async (projected: Float64Array): Promise<Float64Array> => {
    const product = await kernels.multiplyTransposed(data, rows, columns, projected, width);
    const totals = new Float64Array(width);
    for (let row = 0; row < rows; row += 1)
      for (let index = 0; index < width; index += 1) totals[index]! += projected[row * width + index]!;
    for (let column = 0; column < columns; column += 1) {
      for (let index = 0; index < width; index += 1) product[column * width + index]! -= mean[column]! * totals[index]!;
    }
    return product;
  };

  let basis: Float64Array = Float64Array.from({ length: columns * width }, () => random.normal());
  orthonormalizeColumns(basis, columns, width);
  for (let iteration = 0; iteration < settings.powerIterations; iteration += 1) {
    basis = await centredTransposedProduct(await centredProduct(basis));
    orthonormalizeColumns(basis, columns, width);
  }
  // Rayleigh–Ritz: eigenvectors of Bᵀ Xcᵀ Xc B = (Xc B)ᵀ (Xc B) rotate the basis onto the axes.
  const projected = await centredProduct(basis);
  const small = new Float64Array(width * width);
  for (let row = 0; row < rows; row += 1) {
    const offset = row * width;
    for (let left = 0; left < width; left += 1) {
      const value = projected[offset + left]!;
      for (let right = left; right < width; right += 1)
        small[left * width + right]! += value * projected[offset + right]!;
    }
  }
  const { values, vectors } = symmetricEigen(small, width);
  const denominator = Math.max(1, rows - 1);
  const axes = new Float64Array(components * columns);
  const variances = new Float64Array(components);
  for (let component = 0; component < components; component += 1) {
    variances[component] = Math.max(0, values[component]!) / denominator;
    for (let column = 0; column < columns; column += 1) {
      let sum = 0;
      for (let index = 0; index < width; index += 1)
        sum += basis[column * width + index]! * vectors[index * width + component]!;
      axes[component * columns + column] = sum;
    }
  }
  const norms = await kernels.rowSquaredNorms(data, rows, columns, mean);
  let sumOfNorms = 0;
  for (const norm of norms) sumOfNorms += norm;
  return { mean, axes, variances, totalVariance: sumOfNorms / denominator };
}
