import { createRandom } from '../random/create-random.ts';
import { mean } from '../statistics/mean.ts';
import { standardDeviation } from '../statistics/standard-deviation.ts';
import { classificationAccuracy } from './classification-accuracy.ts';
import { rocAuc } from './roc-auc.ts';
import { selectRows } from './select-rows.ts';
import type { Fold } from './stratified-k-fold.ts';
import type { BinaryClassifier } from './prediction-types.ts';

/** Score whose drop measures importance. */
export type ImportanceMetric = 'auc' | 'accuracy';

/** Importance of one feature. */
export interface FeatureImportance {
  readonly featureIndex: number;
  /** Mean drop of the metric when the feature is shuffled (bigger = more important; ≈0 or below = unused). */
  readonly meanDrop: number;
  /** Sample standard deviation of the drop over folds × repeats. */
  readonly dropStandardDeviation: number;
}

/** Settings of {@link permutationImportance}. */
export interface PermutationImportanceSettings {
  readonly metric: ImportanceMetric;
  readonly repeats: number;
  readonly seed: number;
  readonly threshold: number;
}

/**
 * Permutation importance on held-out folds: for each fold's model, shuffle one feature of the rows it
 * did not train on and measure how much the metric falls. Held-out rows keep a model's memorised
 * noise from counting as importance.
 *
 * @param foldModels model fitted on each fold's training rows, in fold order.
 */
export function permutationImportance(
  columns: readonly Float64Array[],
  target: Uint8Array,
  folds: readonly Fold[],
  foldModels: readonly BinaryClassifier[],
  settings: PermutationImportanceSettings,
): FeatureImportance[] {
  const random = createRandom(settings.seed);
  const score = (labels: ArrayLike<number>, probabilities: Float64Array): number =>
    settings.metric === 'auc'
      ? rocAuc(labels, probabilities)
      : classificationAccuracy(labels, probabilities, settings.threshold);
  const drops: number[][] = columns.map(() => []);
  folds.forEach((fold, foldIndex) => {
    const model = foldModels[foldIndex] as BinaryClassifier;
    const testColumns = selectRows(columns, fold.testIndices);
    const testTarget = fold.testIndices.map((row) => target[row] as number);
    const reference = score(testTarget, model.predictColumns(testColumns));
    columns.forEach((_, feature) => {
      const original = testColumns[feature] as Float64Array;
      for (let repeat = 0; repeat < settings.repeats; repeat += 1) {
        testColumns[feature] = random.shuffle(original.slice());
        (drops[feature] as number[]).push(reference - score(testTarget, model.predictColumns(testColumns)));
      }
      testColumns[feature] = original;
    });
  });
  return drops.map((featureDrops, featureIndex) => ({
    featureIndex,
    meanDrop: mean(featureDrops),
    dropStandardDeviation: standardDeviation(featureDrops),
  }));
}
