import { createRandom } from '../random/create-random.ts';
import { fitDecisionTree, type DecisionTree } from './decision-tree.ts';
import { PredictionInputError } from '../engine-errors.ts';
import { toFeatureColumns } from './feature-columns.ts';
import { rankFeatures } from './rank-features.ts';
import type { BinaryClassifier, FeatureMatrix } from './prediction-types.ts';

/** Options of {@link fitRandomForest}. */
export interface RandomForestOptions {
  treeCount: number;
  /** Per-tree depth limit; `Infinity` grows trees fully, as sklearn does by default. */
  maxDepth: number;
  minSamplesSplit: number;
  /** Leaves keep at least this many (bootstrap) samples; a few more than 1 smooths probabilities on noisy targets. */
  minSamplesLeaf: number;
  /** Features tried per split: `'sqrt'` = ⌊√features⌋ (at least 1) like sklearn's classifier default, or a count. */
  featuresPerSplit: 'sqrt' | number;
  /** Seed of bootstraps and feature draws. */
  seed: number;
}

export const defaultRandomForestOptions: RandomForestOptions = {
  treeCount: 100,
  maxDepth: Number.POSITIVE_INFINITY,
  minSamplesSplit: 2,
  minSamplesLeaf: 5,
  featuresPerSplit: 'sqrt',
  seed: 1,
};

/** A fitted random forest: probabilities are the average of the trees' leaf shares. */
export interface RandomForestModel extends BinaryClassifier {
  readonly kind: 'random-forest';
  readonly featureNames: readonly string[];
  readonly trees: readonly DecisionTree[];
  readonly featuresPerSplit: number;
}

/**
 * Fits a random forest of CART trees (Gini), each on a bootstrap sample with a random feature subset
 * per split. Fully determined by `options.seed`.
 */
export function fitRandomForest(
  columns: readonly Float64Array[],
  target: ArrayLike<number>,
  featureNames: readonly string[],
  options: Partial<RandomForestOptions> = {},
): RandomForestModel {
  const settings = { ...defaultRandomForestOptions, ...options };
  if (!Number.isInteger(settings.treeCount) || settings.treeCount < 1) {
    throw new PredictionInputError(
      'PREDICTION_INVALID_OPTION',
      `treeCount must be a positive integer, got ${settings.treeCount}; 100 is a good default.`,
      {
        option: 'treeCount',
        value: settings.treeCount,
      },
    );
  }
  if (!Number.isInteger(settings.minSamplesLeaf) || settings.minSamplesLeaf < 1) {
    throw new PredictionInputError(
      'PREDICTION_INVALID_OPTION',
      `minSamplesLeaf must be a positive integer, got ${settings.minSamplesLeaf}.`,
      {
        option: 'minSamplesLeaf',
        value: settings.minSamplesLeaf,
      },
    );
  }
  const featureCount = columns.length;
  const featuresPerSplit =
    settings.featuresPerSplit === 'sqrt'
      ? Math.max(1, Math.floor(Math.sqrt(featureCount)))
      : Math.max(1, Math.min(featureCount, Math.floor(settings.featuresPerSplit)));
  const rowCount = target.length;
  const random = createRandom(settings.seed);
  const ranked = rankFeatures(columns);
  const trees: DecisionTree[] = [];
  for (let treeIndex = 0; treeIndex < settings.treeCount; treeIndex += 1) {
    const bootstrap = new Int32Array(rowCount);
    for (let index = 0; index < rowCount; index += 1) bootstrap[index] = random.integer(rowCount);
    trees.push(
      fitDecisionTree(
        ranked,
        target,
        bootstrap,
        {
          maxDepth: settings.maxDepth,
          minSamplesSplit: settings.minSamplesSplit,
          minSamplesLeaf: settings.minSamplesLeaf,
          featuresPerSplit,
        },
        random,
      ),
    );
  }

  const predictColumns = (input: readonly Float64Array[]): Float64Array => {
    const count = input[0]?.length ?? 0;
    const result = new Float64Array(count);
    for (const tree of trees)
      for (let row = 0; row < count; row += 1) result[row] = (result[row] as number) + tree.predictRow(input, row);
    for (let row = 0; row < count; row += 1) result[row] = (result[row] as number) / trees.length;
    return result;
  };

  return {
    kind: 'random-forest',
    featureNames: [...featureNames],
    trees,
    featuresPerSplit,
    predictColumns,
    predictProbabilities: (rows: FeatureMatrix) => predictColumns(toFeatureColumns(rows, featureNames)),
  };
}
