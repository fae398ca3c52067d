import { PredictionInputError } from '../engine-errors.ts';
import { toFeatureColumns } from './feature-columns.ts';
import type { FeatureMatrix } from './prediction-types.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Checked, model-ready data. */
export interface ValidatedPredictionInput {
  readonly columns: Float64Array[];
  readonly target: Uint8Array;
  readonly positiveCount: number;
  readonly negativeCount: number;
}

/**
 * Checks a feature matrix and 0/1 target for behavior prediction and converts them for fitting.
 *
 * @param foldCount cross-validation folds: each class needs at least this many rows.
 * @throws PredictionInputError with codes PREDICTION_EMPTY_INPUT, PREDICTION_NO_FEATURES,
 *   PREDICTION_DUPLICATE_FEATURE_NAME, PREDICTION_LENGTH_MISMATCH, PREDICTION_ROW_WIDTH_MISMATCH,
 *   PREDICTION_FEATURE_NOT_FINITE, PREDICTION_TARGET_NOT_BINARY, PREDICTION_SINGLE_CLASS,
 *   PREDICTION_TOO_FEW_PER_CLASS.
 */
export function validatePredictionInput(
  features: FeatureMatrix,
  target: ArrayLike<number>,
  featureNames: readonly string[],
  foldCount: number,
): ValidatedPredictionInput {
  if (features.length === 0) {
    throw new PredictionInputError(
      'PREDICTION_EMPTY_INPUT',
      'There are no customers to learn from: pass at least one row of features.',
      {},
    );
  }
  if (featureNames.length === 0) {
    throw new PredictionInputError(
      'PREDICTION_NO_FEATURES',
      'No feature names were given: pass one name per feature column.',
      {},
    );
  }
  const seen = new Set<string>();
  for (const name of featureNames) {
    if (seen.has(name)) {
      throw new PredictionInputError(
        'PREDICTION_DUPLICATE_FEATURE_NAME',
        `Feature name "${name}" appears twice; give each column a distinct name.`,
        {
          feature: name,
        },
      );
    }
    seen.add(name);
  }
  if (target.length !== features.length) {
    throw new PredictionInputError(
      'PREDICTION_LENGTH_MISMATCH',
      `There are ${features.length} feature rows but ${target.length} target values; give exactly one 0/1 target per customer row.`,
      { rows: features.length, targets: target.length },
    );
  }
  const columns = toFeatureColumns(features, featureNames);
  const binaryTarget = new Uint8Array(target.length);
  let positiveCount = 0;
  for (let row = 0; row < target.length; row += 1) {
    const value = target[row];
    if (value !== 0 && value !== 1) {
      throw new PredictionInputError(
        'PREDICTION_TARGET_NOT_BINARY',
        `Target of row ${row} is ${String(value)}, but the target must be 0 or 1 (1 = did the behavior, e.g. bought again). ` +
          'Recode it, e.g. `value > 0 ? 1 : 0`.',
        { row, value: String(value) },
      );
    }
    binaryTarget[row] = value;
    positiveCount += value;
  }
  const negativeCount = target.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) {
    const present = positiveCount === 0 ? 0 : 1;
    throw new PredictionInputError(
      'PREDICTION_SINGLE_CLASS',
      `Every target is ${present}, so there is nothing to predict. Include customers who did and who did not do the behavior.`,
      { positiveCount, negativeCount },
    );
  }
  const smallest = Math.min(positiveCount, negativeCount);
  if (smallest < foldCount) {
    const label = positiveCount < negativeCount ? 1 : 0;
    throw new PredictionInputError(
      'PREDICTION_TOO_FEW_PER_CLASS',
      `Only ${groupDigits(smallest)} customers have target ${label}, fewer than the ${foldCount} cross-validation folds, so some folds would have none. ` +
        `Use at most ${smallest} folds (at least 2) or collect more customers with target ${label}.`,
      { label, count: smallest, folds: foldCount },
    );
  }
  return { columns, target: binaryTarget, positiveCount, negativeCount };
}
