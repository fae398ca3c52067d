import { ClusteringError } from '../engine-errors.ts';

/**
 * Checks that `data` is a row-major `rows × columns` matrix of finite values.
 *
 * @param finiteness `scan` checks every value; row squared norms, when the caller computes them
 * anyway, make the check nearly free (a NaN or infinity in a row makes its norm non-finite, so
 * only such rows are scanned to name the cell); `deferred` checks only the shape, for a caller
 * that will call again with the norms.
 * @throws ClusteringError `CLUSTERING_INVALID_SHAPE` or `CLUSTERING_NOT_FINITE`.
 */
export function validateDataMatrix(
  data: Float32Array,
  rows: number,
  columns: number,
  finiteness: 'scan' | 'deferred' | Float64Array = 'scan',
): void {
  for (const [name, value] of [
    ['rows', rows],
    ['columns', columns],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new ClusteringError(
        'CLUSTERING_INVALID_SHAPE',
        `${name} must be a positive integer, got ${value}: pass the matrix dimensions of the flattened data.`,
        { [name]: value },
      );
    }
  }
  if (data.length !== rows * columns) {
    throw new ClusteringError(
      'CLUSTERING_INVALID_SHAPE',
      `data has ${data.length} values but rows × columns = ${rows} × ${columns} = ${rows * columns}: ` +
        'pass the matrix flattened row by row and its true dimensions.',
      { length: data.length, rows, columns },
    );
  }
  if (finiteness === 'deferred') return;
  for (let row = 0; row < rows; row += 1) {
    if (finiteness !== 'scan' && Number.isFinite(finiteness[row])) continue;
    const offset = row * columns;
    for (let column = 0; column < columns; column += 1) {
      const value = data[offset + column]!;
      if (!Number.isFinite(value)) {
        throw new ClusteringError(
          'CLUSTERING_NOT_FINITE',
          `data[row ${row}, column ${column}] is ${value}: remove or impute missing and infinite values before clustering.`,
          { row, column, value: String(value) },
        );
      }
    }
  }
}
