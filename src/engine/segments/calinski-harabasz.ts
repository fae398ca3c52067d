/**
 * Calinski–Harabasz index of a k-means partition of `rows` rows: (B / (k − 1)) / (W / (rows − k)), with W
 * the within-cluster sum of squares (the k-means inertia) and B = total − W the between-cluster sum.
 * Higher is better; it is the variance-ratio criterion k-means itself optimises, penalised for k.
 */
export function calinskiHarabasz(inertia: number, totalSumOfSquares: number, rows: number, k: number): number {
  if (k < 2 || rows <= k) return Number.NaN;
  if (inertia <= 0) return Number.POSITIVE_INFINITY;
  return (totalSumOfSquares - inertia) / (k - 1) / (inertia / (rows - k));
}

/** Sum of squared deviations from the column means of a row-major `rows × columns` matrix. */
export function totalSumOfSquares(data: Float32Array, rows: number, columns: number): number {
  const means = new Float64Array(columns);
  for (let row = 0; row < rows; row += 1)
    for (let column = 0; column < columns; column += 1) means[column]! += data[row * columns + column]! / rows;
  let total = 0;
  for (let row = 0; row < rows; row += 1)
    for (let column = 0; column < columns; column += 1) total += (data[row * columns + column]! - means[column]!) ** 2;
  return total;
}

/** The k with the highest Calinski–Harabasz index among k-means runs (`inertia` per k); the smaller k on ties. */
export function bestCalinskiHarabaszK(
  scores: readonly { k: number; inertia: number }[],
  totalSumOfSquares: number,
  rows: number,
): number | null {
  let best: { k: number; index: number } | null = null;
  for (const score of scores) {
    const index = calinskiHarabasz(score.inertia, totalSumOfSquares, rows, score.k);
    if (Number.isNaN(index)) continue;
    if (best === null || index > best.index) best = { k: score.k, index };
  }
  return best?.k ?? null;
}
