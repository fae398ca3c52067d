/**
 * Deterministic clustered data that Python reproduces exactly (for reference values):
 *   c = i % k;  x[i, j] = float32(spread·cos(2.1c + 0.7j)·(c + 1) + noise·sin(12.9898i + 78.233j))
 * In numpy: see the comment of each test that uses it.
 */
export function waveClusters(
  rows: number,
  columns: number,
  k: number,
  spread: number,
  noise: number,
): { data: Float32Array; truth: Int32Array } {
  const data = new Float32Array(rows * columns);
  const truth = new Int32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const cluster = row % k;
    truth[row] = cluster;
    for (let column = 0; column < columns; column += 1) {
      data[row * columns + column] =
        spread * Math.cos(2.1 * cluster + 0.7 * column) * (cluster + 1) +
        noise * Math.sin(12.9898 * row + 78.233 * column);
    }
  }
  return { data, truth };
}
