import { toFeatureColumns } from './feature-columns.ts';
import type { BinaryClassifier, FeatureMatrix } from './prediction-types.ts';

/** The "no model" reference: every customer gets the training positive rate. */
export interface MajorityBaselineModel extends BinaryClassifier {
  readonly kind: 'majority-baseline';
  readonly positiveRate: number;
}

/**
 * Fits the majority-class baseline. Its labels (at threshold 0.5) are the majority class, so its
 * accuracy is the majority share; its AUC is 0.5 because every score is the same.
 */
export function fitMajorityBaseline(target: ArrayLike<number>, featureNames: readonly string[]): MajorityBaselineModel {
  let positives = 0;
  for (let index = 0; index < target.length; index += 1) positives += target[index] as number;
  const positiveRate = target.length === 0 ? 0 : positives / target.length;
  const predictColumns = (columns: readonly Float64Array[]): Float64Array =>
    new Float64Array(columns[0]?.length ?? 0).fill(positiveRate);
  return {
    kind: 'majority-baseline',
    positiveRate,
    predictColumns,
    predictProbabilities: (rows: FeatureMatrix) => predictColumns(toFeatureColumns(rows, featureNames)),
  };
}
