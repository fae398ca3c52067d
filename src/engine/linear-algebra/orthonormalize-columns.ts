/**
 * Orthonormalises the columns of a row-major `rows × columns` matrix in place by modified
 * Gram–Schmidt, run twice ("twice is enough", Giraud et al. 2005) so the result stays
 * orthogonal to machine precision even for nearly dependent columns. A column that is (numerically)
 * in the span of the previous ones is set to zero.
 *
 * @returns the number of non-zero columns left.
 */
export function orthonormalizeColumns(matrix: Float64Array, rows: number, columns: number): number {
  const norms = new Float64Array(columns);
  for (let column = 0; column < columns; column += 1)
    norms[column] = Math.sqrt(columnDot(matrix, rows, columns, column, column));
  let rank = 0;
  for (let column = 0; column < columns; column += 1) {
    for (let pass = 0; pass < 2; pass += 1) {
      for (let previous = 0; previous < column; previous += 1) {
        const projection = columnDot(matrix, rows, columns, previous, column);
        if (projection === 0) continue;
        for (let row = 0; row < rows; row += 1)
          matrix[row * columns + column]! -= projection * matrix[row * columns + previous]!;
      }
    }
    const norm = Math.sqrt(columnDot(matrix, rows, columns, column, column));
    const scale = norm > 1e-12 * norms[column]! && norm > 0 ? 1 / norm : 0;
    for (let row = 0; row < rows; row += 1) matrix[row * columns + column]! *= scale;
    if (scale > 0) rank += 1;
  }
  return rank;
}

function columnDot(matrix: Float64Array, rows: number, columns: number, left: number, right: number): number {
  let sum = 0;
  for (let row = 0; row < rows; row += 1) sum += matrix[row * columns + left]! * matrix[row * columns + right]!;
  return sum;
}
