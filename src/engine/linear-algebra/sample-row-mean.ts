/**
 * Mean of up to `maxRows` evenly spaced rows: a cheap point near the middle of the data, used
 * as the origin for distance computations (see MatrixKernels). It needs no randomness and no
 * full pass; any point near the data serves, the exact mean is not required.
 */
export function sampleRowMean(data: Float32Array, rows: number, columns: number, maxRows = 1024): Float64Array {
  const count = Math.min(rows, maxRows);
  const mean = new Float64Array(columns);
  for (let index = 0; index < count; index += 1) {
    const offset = Math.floor((index * rows) / count) * columns;
    for (let column = 0; column < columns; column += 1) mean[column]! += data[offset + column]!;
  }
  for (let column = 0; column < columns; column += 1) mean[column]! /= count;
  return mean;
}
