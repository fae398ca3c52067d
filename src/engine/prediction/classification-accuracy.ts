import { PredictionInputError } from '../engine-errors.ts';

/** Share of 0/1 labels matched by `probability >= threshold`. NaN for no rows. */
export function classificationAccuracy(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  threshold = 0.5,
): number {
  const count = labels.length;
  if (probabilities.length !== count) {
    throw new PredictionInputError(
      'PREDICTION_LENGTH_MISMATCH',
      `classificationAccuracy needs as many probabilities (${probabilities.length}) as labels (${count}).`,
      { labels: count, probabilities: probabilities.length },
    );
  }
  if (count === 0) return Number.NaN;
  let correct = 0;
  for (let index = 0; index < count; index += 1) {
    const predicted = (probabilities[index] as number) >= threshold ? 1 : 0;
    if (predicted === labels[index]) correct += 1;
  }
  return correct / count;
}
