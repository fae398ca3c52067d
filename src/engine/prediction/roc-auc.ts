import { PredictionInputError } from '../engine-errors.ts';

/**
 * Area under the ROC curve for 0/1 labels and real-valued scores.
 *
 * Computed as the Mann–Whitney statistic with mid-ranks for tied scores, which equals the trapezoidal
 * ROC area (what sklearn's `roc_auc_score` reports). Returns NaN when only one class is present,
 * since the AUC is undefined then.
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const count = labels.length;
  if (scores.length !== count) {
    throw new PredictionInputError(
      'PREDICTION_LENGTH_MISMATCH',
      `rocAuc needs as many scores (${scores.length}) as labels (${count}).`,
      {
        labels: count,
        scores: scores.length,
      },
    );
  }
  const order = Array.from({ length: count }, (_, index) => index);
  order.sort((left, right) => (scores[left] as number) - (scores[right] as number));
  let positiveRankSum = 0;
  let positives = 0;
  let start = 0;
  while (start < count) {
    let end = start + 1;
    const value = scores[order[start] as number] as number;
    while (end < count && scores[order[end] as number] === value) end += 1;
    // Ranks are 1-based; a tie group spanning ranks start+1 … end shares their mean.
    const midRank = (start + 1 + end) / 2;
    for (let position = start; position < end; position += 1) {
      if (labels[order[position] as number] === 1) {
        positiveRankSum += midRank;
        positives += 1;
      }
    }
    start = end;
  }
  const negatives = count - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
