import { PredictionInputError } from '../engine-errors.ts';

/** Prediction of one customer as needed for aggregation (see `CustomerPrediction`). */
export interface ScoredCustomer {
  readonly probability: number;
  readonly label: 0 | 1;
}

/** Predictions summarised for one segment. */
export interface SegmentPredictionSummary {
  readonly segment: string | number;
  readonly customerCount: number;
  /** Mean predicted probability: the expected share of the segment that does the behavior. */
  readonly meanProbability: number;
  /** Share of the segment labelled 1 at the prediction threshold. */
  readonly predictedPositiveRate: number;
  /** Observed share of 1s, when actual outcomes were given; null otherwise. */
  readonly actualRate: number | null;
}

/**
 * Summarises customer predictions per segment, highest mean probability first (ties by segment).
 *
 * @param segments segment label of each customer, aligned with `predictions`.
 * @param actualTarget optional observed 0/1 outcomes, aligned too, to compare with the predictions.
 * @throws PredictionInputError `PREDICTION_LENGTH_MISMATCH` when the arrays are not aligned.
 */
export function aggregatePredictionsBySegment(
  predictions: readonly ScoredCustomer[],
  segments: readonly (string | number)[],
  actualTarget?: ArrayLike<number>,
): SegmentPredictionSummary[] {
  if (
    segments.length !== predictions.length ||
    (actualTarget !== undefined && actualTarget.length !== predictions.length)
  ) {
    throw new PredictionInputError(
      'PREDICTION_LENGTH_MISMATCH',
      `Got ${predictions.length} predictions, ${segments.length} segment labels` +
        (actualTarget === undefined ? '' : ` and ${actualTarget.length} actual outcomes`) +
        '; give one of each per customer, in the same order.',
      { predictions: predictions.length, segments: segments.length, actual: actualTarget?.length ?? null },
    );
  }
  const totals = new Map<string | number, { count: number; probability: number; labelled: number; actual: number }>();
  predictions.forEach((prediction, index) => {
    const segment = segments[index] as string | number;
    const total = totals.get(segment) ?? { count: 0, probability: 0, labelled: 0, actual: 0 };
    total.count += 1;
    total.probability += prediction.probability;
    total.labelled += prediction.label;
    if (actualTarget !== undefined) total.actual += actualTarget[index] as number;
    totals.set(segment, total);
  });
  return [...totals.entries()]
    .map(([segment, total]) => ({
      segment,
      customerCount: total.count,
      meanProbability: total.probability / total.count,
      predictedPositiveRate: total.labelled / total.count,
      actualRate: actualTarget === undefined ? null : total.actual / total.count,
    }))
    .sort(
      (left, right) =>
        right.meanProbability - left.meanProbability || String(left.segment).localeCompare(String(right.segment)),
    );
}
