import { mean } from '../statistics/mean.ts';
import { standardDeviation } from '../statistics/standard-deviation.ts';
import { classificationAccuracy } from './classification-accuracy.ts';
import {
  fitLogisticRegression,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
} from './logistic-regression.ts';
import { fitMajorityBaseline } from './majority-baseline.ts';
import { fitRandomForest, type RandomForestOptions } from './random-forest.ts';
import { rocAuc } from './roc-auc.ts';
import { selectRows } from './select-rows.ts';
import type { Fold } from './stratified-k-fold.ts';
import type { BinaryClassifier, ModelKind } from './prediction-types.ts';

/** Cross-validated scores of one model. */
export interface ModelCrossValidation {
  readonly kind: ModelKind;
  /** ROC AUC on each held-out fold. */
  readonly foldAuc: readonly number[];
  /** Accuracy (probability ≥ threshold) on each held-out fold. */
  readonly foldAccuracy: readonly number[];
  readonly meanAuc: number;
  /** Sample standard deviation across folds: a rough idea of how much the AUC can move. */
  readonly aucStandardDeviation: number;
  readonly meanAccuracy: number;
  /** Held-out probability of every row (each row is predicted by the model that did not see it). */
  readonly outOfFoldProbabilities: Float64Array;
}

/** What cross-validation returns: scores per model and the per-fold fitted models. */
export interface CrossValidationRun {
  readonly logisticRegression: ModelCrossValidation;
  readonly randomForest: ModelCrossValidation;
  readonly majorityBaseline: ModelCrossValidation;
  /** Models fitted on each fold's training rows, kept for permutation importance. */
  readonly foldModels: {
    readonly logisticRegression: readonly LogisticRegressionModel[];
    readonly randomForest: readonly BinaryClassifier[];
  };
  /** True when any fold's logistic regression stopped before converging. */
  readonly logisticRegressionNotConverged: boolean;
}

/** Settings for {@link crossValidateModels}. */
export interface CrossValidationSettings {
  readonly threshold: number;
  readonly logisticRegression: Partial<LogisticRegressionOptions>;
  readonly randomForest: Partial<RandomForestOptions>;
}

function summarise(
  kind: ModelKind,
  foldAuc: number[],
  foldAccuracy: number[],
  outOfFoldProbabilities: Float64Array,
): ModelCrossValidation {
  return {
    kind,
    foldAuc,
    foldAccuracy,
    meanAuc: mean(foldAuc),
    aucStandardDeviation: standardDeviation(foldAuc),
    meanAccuracy: mean(foldAccuracy),
    outOfFoldProbabilities,
  };
}

/**
 * Fits logistic regression, a random forest and the majority baseline on each fold's training rows
 * and scores them on its held-out rows. The forest of fold f is seeded with `seed + f` so folds do
 * not share bootstraps yet the run stays reproducible.
 */
export function crossValidateModels(
  columns: readonly Float64Array[],
  target: Uint8Array,
  featureNames: readonly string[],
  folds: readonly Fold[],
  settings: CrossValidationSettings,
): CrossValidationRun {
  const rowCount = target.length;
  const kinds = ['logistic-regression', 'random-forest', 'majority-baseline'] as const;
  const scores = kinds.map(() => ({
    auc: [] as number[],
    accuracy: [] as number[],
    outOfFold: new Float64Array(rowCount),
  }));
  const logisticModels: LogisticRegressionModel[] = [];
  const forestModels: BinaryClassifier[] = [];
  let notConverged = false;
  const forestSeed = settings.randomForest.seed ?? 1;

  folds.forEach((fold, foldIndex) => {
    const trainColumns = selectRows(columns, fold.trainIndices);
    const trainTarget = fold.trainIndices.map((row) => target[row] as number);
    const testColumns = selectRows(columns, fold.testIndices);
    const testTarget = fold.testIndices.map((row) => target[row] as number);
    const logistic = fitLogisticRegression(trainColumns, trainTarget, featureNames, settings.logisticRegression);
    notConverged ||= !logistic.converged;
    const forest = fitRandomForest(trainColumns, trainTarget, featureNames, {
      ...settings.randomForest,
      seed: forestSeed + foldIndex,
    });
    const baseline = fitMajorityBaseline(trainTarget, featureNames);
    logisticModels.push(logistic);
    forestModels.push(forest);
    [logistic, forest, baseline].forEach((model, modelIndex) => {
      const probabilities = model.predictColumns(testColumns);
      const score = scores[modelIndex] as (typeof scores)[number];
      score.auc.push(rocAuc(testTarget, probabilities));
      score.accuracy.push(classificationAccuracy(testTarget, probabilities, settings.threshold));
      fold.testIndices.forEach((row, position) => {
        score.outOfFold[row] = probabilities[position] as number;
      });
    });
  });

  const [logisticScores, forestScores, baselineScores] = scores as [
    (typeof scores)[number],
    (typeof scores)[number],
    (typeof scores)[number],
  ];
  return {
    logisticRegression: summarise(
      'logistic-regression',
      logisticScores.auc,
      logisticScores.accuracy,
      logisticScores.outOfFold,
    ),
    randomForest: summarise('random-forest', forestScores.auc, forestScores.accuracy, forestScores.outOfFold),
    majorityBaseline: summarise(
      'majority-baseline',
      baselineScores.auc,
      baselineScores.accuracy,
      baselineScores.outOfFold,
    ),
    foldModels: { logisticRegression: logisticModels, randomForest: forestModels },
    logisticRegressionNotConverged: notConverged,
  };
}
