/**
 * Gives every empty cluster a new member, as scikit-learn does: the rows farthest from their
 * current centre, largest distance first, each moved out of its cluster (sums and counts updated)
 * into one empty cluster. Rows that are alone in their cluster are not moved, since that would
 * only empty another cluster.
 *
 * @param sums `k × columns` per-cluster sums of rows, updated in place.
 * @param counts per-cluster row counts, updated in place.
 * @param labels row labels, updated in place for moved rows.
 * @param squaredDistances each row's squared distance to the centre it was assigned to.
 * @returns how many empty clusters received a row (fewer than the empty ones when rows run out).
 */
export function relocateEmptyClusters(
  data: Float32Array,
  columns: number,
  sums: Float64Array,
  counts: Float64Array,
  labels: Int32Array,
  squaredDistances: Float64Array,
): number {
  const empty: number[] = [];
  counts.forEach((count, cluster) => {
    if (count === 0) empty.push(cluster);
  });
  if (empty.length === 0) return 0;
  const farthest = Array.from(labels.keys()).sort(
    (left, right) => squaredDistances[right]! - squaredDistances[left]! || left - right,
  );
  let relocated = 0;
  for (const row of farthest) {
    if (relocated === empty.length) break;
    const from = labels[row]!;
    if (counts[from]! <= 1) continue;
    const to = empty[relocated]!;
    for (let column = 0; column < columns; column += 1) {
      const value = data[row * columns + column]!;
      sums[from * columns + column]! -= value;
      sums[to * columns + column] = value;
    }
    counts[from]! -= 1;
    counts[to] = 1;
    labels[row] = to;
    relocated += 1;
  }
  return relocated;
}
