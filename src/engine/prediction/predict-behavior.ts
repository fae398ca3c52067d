import { crossValidateModels, type ModelCrossValidation } from './cross-validate-models.ts';
import {
  fitLogisticRegression,
  type LogisticRegressionModel,
  type LogisticRegressionOptions,
} from './logistic-regression.ts';
import { permutationImportance, type ImportanceMetric } from './permutation-importance.ts';
import { PredictionInputError } from '../engine-errors.ts';
import { fitRandomForest, type RandomForestOptions } from './random-forest.ts';
import { stratifiedKFold } from './stratified-k-fold.ts';
import { validatePredictionInput } from './validate-prediction-input.ts';
import type { BinaryClassifier, FeatureMatrix, ModelKind, PredictionWarning } from './prediction-types.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Data for {@link predictBehavior}. */
export interface BehaviorPredictionInput {
  /** One row per customer, one column per feature name. */
  readonly features: FeatureMatrix;
  /** 1 = the customer did the behavior (e.g. repurchased), 0 = did not; one per row. */
  readonly target: ArrayLike<number>;
  readonly featureNames: readonly string[];
}

/** Options of {@link predictBehavior}. */
export interface BehaviorPredictionOptions {
  /** Stratified cross-validation folds (≥ 2). */
  folds: number;
  /** Seeds folds, forests and permutations; same seed → same result. */
  seed: number;
  /** Probability at or above which a customer is labelled 1. */
  threshold: number;
  /** The forest must beat logistic regression's CV AUC by more than this to be chosen (fold noise is larger). */
  aucTieTolerance: number;
  importanceMetric: ImportanceMetric;
  /** Shuffles per feature and fold for permutation importance. */
  importanceRepeats: number;
  logisticRegression: Partial<LogisticRegressionOptions>;
  /** Forest settings; its seed is derived from `seed`. */
  randomForest: Partial<Omit<RandomForestOptions, 'seed'>>;
}

export const defaultBehaviorPredictionOptions: BehaviorPredictionOptions = {
  folds: 5,
  seed: 1,
  threshold: 0.5,
  aucTieTolerance: 0.005,
  importanceMetric: 'auc',
  importanceRepeats: 3,
  logisticRegression: {},
  randomForest: {},
};

/** A feature ranked by how much the chosen model relies on it. */
export interface PredictionDriver {
  readonly feature: string;
  /** Mean held-out drop of the importance metric when this feature is shuffled. */
  readonly importance: number;
  readonly importanceStandardDeviation: number;
  /**
   * For logistic regression, whether higher values raise or lower the probability (sign of the
   * coefficient); null for the forest, whose effects need not be one-directional. Only worth stating
   * when `importance` is clearly above 0 (say, above its standard deviation): otherwise the sign is noise.
   */
  readonly direction: 'raises-probability' | 'lowers-probability' | null;
  /** Logistic coefficient per standard deviation of the feature (log-odds); null for the forest. */
  readonly standardizedCoefficient: number | null;
}

/** One customer's prediction from the model refitted on all rows. */
export interface CustomerPrediction {
  readonly index: number;
  readonly probability: number;
  readonly label: 0 | 1;
}

/** Everything {@link predictBehavior} found. */
export interface BehaviorPrediction {
  readonly chosenModel: Exclude<ModelKind, 'majority-baseline'>;
  readonly choiceReason: string;
  /** The chosen model refitted on all rows; use it to score new customers. */
  readonly model: BinaryClassifier;
  /** Logistic regression refitted on all rows (always fitted: cheap and interpretable). */
  readonly logisticRegression: LogisticRegressionModel;
  readonly crossValidation: {
    readonly folds: number;
    readonly logisticRegression: ModelCrossValidation;
    readonly randomForest: ModelCrossValidation;
    readonly majorityBaseline: ModelCrossValidation;
  };
  /** Features sorted by importance, most important first. */
  readonly drivers: readonly PredictionDriver[];
  readonly predictions: readonly CustomerPrediction[];
  readonly classBalance: { readonly positives: number; readonly negatives: number; readonly positiveRate: number };
  readonly warnings: readonly PredictionWarning[];
}

function validateOptions(options: BehaviorPredictionOptions): void {
  const problem = (option: string, value: unknown, requirement: string): PredictionInputError =>
    new PredictionInputError('PREDICTION_INVALID_OPTION', `Option ${option} is ${String(value)} but ${requirement}.`, {
      option,
      value,
    });
  if (!Number.isInteger(options.folds) || options.folds < 2)
    throw problem('folds', options.folds, 'it must be an integer ≥ 2 (5 is usual)');
  if (!Number.isFinite(options.seed)) throw problem('seed', options.seed, 'it must be a finite number');
  if (!(options.threshold > 0 && options.threshold < 1))
    throw problem('threshold', options.threshold, 'it must lie strictly between 0 and 1');
  if (!Number.isInteger(options.importanceRepeats) || options.importanceRepeats < 1) {
    throw problem('importanceRepeats', options.importanceRepeats, 'it must be a positive integer');
  }
  if (!(options.aucTieTolerance >= 0)) throw problem('aucTieTolerance', options.aucTieTolerance, 'it must be ≥ 0');
}

/**
 * Predicts a 0/1 customer behavior (e.g. "buys again within 90 days") from numeric features.
 *
 * Compares L2 logistic regression, a random forest and the majority-class baseline by stratified
 * k-fold cross-validation; picks the model with the better CV AUC (logistic regression unless the
 * forest is better by more than `aucTieTolerance`, since it is simpler and explainable), refits it
 * on all rows, ranks features by held-out permutation importance and scores every customer.
 *
 * @throws PredictionInputError for unusable data or options (see `validatePredictionInput`).
 */
export function predictBehavior(
  input: BehaviorPredictionInput,
  options: Partial<BehaviorPredictionOptions> = {},
): BehaviorPrediction {
  const settings: BehaviorPredictionOptions = { ...defaultBehaviorPredictionOptions, ...options };
  validateOptions(settings);
  const { featureNames } = input;
  const { columns, target, positiveCount, negativeCount } = validatePredictionInput(
    input.features,
    input.target,
    featureNames,
    settings.folds,
  );
  const rowCount = target.length;
  const forestOptions = { ...settings.randomForest, seed: settings.seed + 1000 };

  const folds = stratifiedKFold(target, settings.folds, settings.seed);
  const run = crossValidateModels(columns, target, featureNames, folds, {
    threshold: settings.threshold,
    logisticRegression: settings.logisticRegression,
    randomForest: forestOptions,
  });

  const logisticAuc = run.logisticRegression.meanAuc;
  const forestAuc = run.randomForest.meanAuc;
  const forestWins = forestAuc > logisticAuc + settings.aucTieTolerance;
  const chosenModel = forestWins ? 'random-forest' : 'logistic-regression';
  const format = (value: number): string => value.toFixed(3);
  const choiceReason = forestWins
    ? `Random forest CV AUC ${format(forestAuc)} beats logistic regression ${format(logisticAuc)} by more than ${settings.aucTieTolerance}.`
    : forestAuc > logisticAuc
      ? `Logistic regression CV AUC ${format(logisticAuc)} is within ${settings.aucTieTolerance} of the random forest's ${format(forestAuc)}; the simpler, explainable model wins the tie.`
      : `Logistic regression CV AUC ${format(logisticAuc)} is at least the random forest's ${format(forestAuc)}.`;

  const logisticRegression = fitLogisticRegression(columns, target, featureNames, settings.logisticRegression);
  const model: BinaryClassifier = forestWins
    ? fitRandomForest(columns, target, featureNames, forestOptions)
    : logisticRegression;

  const importances = permutationImportance(
    columns,
    target,
    folds,
    forestWins ? run.foldModels.randomForest : run.foldModels.logisticRegression,
    {
      metric: settings.importanceMetric,
      repeats: settings.importanceRepeats,
      seed: settings.seed + 2000,
      threshold: settings.threshold,
    },
  );
  const drivers: PredictionDriver[] = importances
    .map(({ featureIndex, meanDrop, dropStandardDeviation }) => {
      const coefficient = forestWins ? null : (logisticRegression.standardized.coefficients[featureIndex] as number);
      return {
        feature: featureNames[featureIndex] as string,
        importance: meanDrop,
        importanceStandardDeviation: dropStandardDeviation,
        direction:
          coefficient === null || coefficient === 0
            ? null
            : coefficient > 0
              ? ('raises-probability' as const)
              : ('lowers-probability' as const),
        standardizedCoefficient: coefficient,
      };
    })
    .sort((left, right) => right.importance - left.importance || left.feature.localeCompare(right.feature));

  const probabilities = model.predictColumns(columns);
  const predictions: CustomerPrediction[] = Array.from(probabilities, (probability, index) => ({
    index,
    probability,
    label: probability >= settings.threshold ? 1 : 0,
  }));

  const warnings = collectWarnings({
    positiveCount,
    negativeCount,
    rowCount,
    featureNames,
    constantFeatureIndices: logisticRegression.constantFeatureIndices,
    notConverged: run.logisticRegressionNotConverged || !logisticRegression.converged,
    bestAuc: Math.max(logisticAuc, forestAuc),
    predictedPositives: predictions.filter((prediction) => prediction.label === 1).length,
    threshold: settings.threshold,
  });

  return {
    chosenModel,
    choiceReason,
    model,
    logisticRegression,
    crossValidation: {
      folds: settings.folds,
      logisticRegression: run.logisticRegression,
      randomForest: run.randomForest,
      majorityBaseline: run.majorityBaseline,
    },
    drivers,
    predictions,
    classBalance: { positives: positiveCount, negatives: negativeCount, positiveRate: positiveCount / rowCount },
    warnings,
  };
}

interface WarningFacts {
  positiveCount: number;
  negativeCount: number;
  rowCount: number;
  featureNames: readonly string[];
  constantFeatureIndices: readonly number[];
  notConverged: boolean;
  bestAuc: number;
  predictedPositives: number;
  threshold: number;
}

function collectWarnings(facts: WarningFacts): PredictionWarning[] {
  const warnings: PredictionWarning[] = [];
  const minority = Math.min(facts.positiveCount, facts.negativeCount);
  const minorityLabel = facts.positiveCount <= facts.negativeCount ? 1 : 0;
  const minorityShare = minority / facts.rowCount;
  if (minorityShare < 0.2) {
    warnings.push({
      code: 'CLASS_IMBALANCE',
      message:
        `Only ${(minorityShare * 100).toFixed(1)} % of customers have target ${minorityLabel}: accuracy is misleading ` +
        `(always guessing ${1 - minorityLabel} scores ${((1 - minorityShare) * 100).toFixed(1)} %). Judge the model by AUC and rank customers by probability.`,
    });
  }
  if (minority < 30) {
    warnings.push({
      code: 'FEW_MINORITY_CASES',
      message: `Only ${groupDigits(minority)} customers have target ${minorityLabel}; scores and drivers can change a lot with a few more. Treat them as indicative.`,
    });
  }
  if (minority < 10 * facts.featureNames.length) {
    warnings.push({
      code: 'MANY_FEATURES_FOR_DATA',
      message:
        `${facts.featureNames.length} features for ${groupDigits(minority)} customers in the smaller class (rule of thumb: ≥ 10 per feature); ` +
        'drop weak or redundant features to reduce overfitting.',
    });
  }
  for (const index of facts.constantFeatureIndices) {
    warnings.push({
      code: 'CONSTANT_FEATURE',
      message: `Feature "${facts.featureNames[index] as string}" has the same value for every customer, so it cannot explain anything; consider dropping it.`,
    });
  }
  if (facts.notConverged) {
    warnings.push({
      code: 'LOGISTIC_REGRESSION_NOT_CONVERGED',
      message:
        'Logistic regression stopped before converging; its coefficients are approximate. Raise l2Penalty or maxIterations.',
    });
  }
  if (!(facts.bestAuc >= 0.6)) {
    warnings.push({
      code: 'WEAK_SIGNAL',
      message: `The best cross-validated AUC is ${facts.bestAuc.toFixed(3)} (0.5 = guessing): these features barely predict the behavior. Do not target on it alone.`,
    });
  }
  if (facts.predictedPositives === 0) {
    warnings.push({
      code: 'NO_PREDICTED_POSITIVES',
      message: `No customer reaches probability ${facts.threshold}; use the probabilities to rank customers, or lower the threshold.`,
    });
  }
  return warnings;
}
