/**
 * Scores values 1..5 by quintile of their rank (ties share their average rank), as RFM scoring does.
 * `higherIsBetter: false` reverses the scale, e.g. for recency in days, where fewer days is better.
 */
export function quintileScores(values: readonly number[], higherIsBetter = true): number[] {
  const count = values.length;
  const order = values.map((value, index) => ({ value, index })).sort((left, right) => left.value - right.value);
  const ranks = new Array<number>(count);
  for (let start = 0; start < count; ) {
    let end = start;
    while (end + 1 < count && order[end + 1]!.value === order[start]!.value) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) ranks[order[position]!.index] = averageRank;
    start = end + 1;
  }
  return ranks.map((rank) => {
    const score = Math.min(5, Math.max(1, Math.ceil((rank / count) * 5)));
    return higherIsBetter ? score : 6 - score;
  });
}
