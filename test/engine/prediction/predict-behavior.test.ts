import { describe, expect, it } from 'vitest';
import { predictBehavior } from '../../../src/engine/prediction/predict-behavior.ts';
import { PredictionInputError } from '../../../src/engine/engine-errors.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

const names = ['recencyDays', 'ordersLastYear', 'noise'];

/** Repurchase driven linearly (in log-odds) by recency (down) and order count (up); `noise` is unrelated. */
function linearCustomers(count: number, seed: number): { rows: number[][]; target: number[] } {
  const random = createRandom(seed);
  const rows: number[][] = [];
  const target: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const recency = random.next() * 365;
    const orders = Math.floor(random.next() * 12);
    const logOdds = -0.5 - 0.008 * recency + 0.3 * orders;
    rows.push([recency, orders, random.normal()]);
    target.push(random.next() < 1 / (1 + Math.exp(-logOdds)) ? 1 : 0);
  }
  return { rows, target };
}

/** XOR of two thresholds: invisible to a linear model, easy for trees. */
function interactionCustomers(count: number, seed: number): { rows: number[][]; target: number[] } {
  const random = createRandom(seed);
  const rows: number[][] = [];
  const target: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = [random.next(), random.next(), random.next()];
    rows.push(row);
    target.push(random.next() < (row[0]! > 0.5 !== row[1]! > 0.5 ? 0.9 : 0.1) ? 1 : 0);
  }
  return { rows, target };
}

describe('predictBehavior', () => {
  const linear = linearCustomers(300, 1);
  const result = predictBehavior({ features: linear.rows, target: linear.target, featureNames: names }, { seed: 7 });

  it('picks logistic regression when the truth is linear and finds the drivers with their direction', () => {
    expect(result.chosenModel).toBe('logistic-regression');
    expect(result.model.kind).toBe('logistic-regression');
    const { logisticRegression, randomForest, majorityBaseline } = result.crossValidation;
    expect(logisticRegression.meanAuc).toBeGreaterThan(0.72);
    expect(logisticRegression.meanAuc).toBeGreaterThanOrEqual(randomForest.meanAuc - 0.005);
    expect(logisticRegression.foldAuc).toHaveLength(5);
    expect(result.drivers.map((driver) => driver.feature)).toEqual(['ordersLastYear', 'recencyDays', 'noise']);
    expect(result.drivers[0]).toMatchObject({ direction: 'raises-probability' });
    expect(result.drivers[1]).toMatchObject({ direction: 'lowers-probability' });
    expect(result.drivers[0]!.importance).toBeGreaterThan(0.05);
    expect(Math.abs(result.drivers[2]!.importance)).toBeLessThan(0.02);
    // Per-unit coefficients near the generating ones (−0.008 per day, +0.3 per order), loosely: 300 rows and a ridge.
    expect(result.logisticRegression.coefficients[0]).toBeLessThan(-0.004);
    expect(result.logisticRegression.coefficients[1]).toBeGreaterThan(0.15);
    expect(majorityBaseline.foldAuc.every((auc) => auc === 0.5)).toBe(true);
  });

  it('scores the majority baseline at the majority share', () => {
    const majorityShare = Math.max(result.classBalance.positiveRate, 1 - result.classBalance.positiveRate);
    expect(result.crossValidation.majorityBaseline.meanAccuracy).toBeCloseTo(majorityShare, 2);
    expect(result.classBalance.positives + result.classBalance.negatives).toBe(300);
  });

  it('returns one prediction per customer and a model that scores new customers the same way', () => {
    expect(result.predictions).toHaveLength(300);
    for (const prediction of result.predictions) expect(prediction.label).toBe(prediction.probability >= 0.5 ? 1 : 0);
    const rescored = result.model.predictProbabilities(linear.rows.slice(0, 3));
    expect(Array.from(rescored)).toEqual(result.predictions.slice(0, 3).map((prediction) => prediction.probability));
    // Held-out predictions exist for every row and differ from in-sample ones.
    expect(result.crossValidation.logisticRegression.outOfFoldProbabilities).toHaveLength(300);
  });

  it('picks the random forest when the signal is an interaction', () => {
    const data = interactionCustomers(300, 2);
    const forest = predictBehavior(
      { features: data.rows, target: data.target, featureNames: ['a', 'b', 'c'] },
      { seed: 3 },
    );
    expect(forest.chosenModel).toBe('random-forest');
    expect(forest.crossValidation.randomForest.meanAuc).toBeGreaterThan(0.8);
    expect(forest.crossValidation.logisticRegression.meanAuc).toBeLessThan(0.65);
    expect(forest.drivers.map((driver) => driver.feature).slice(2)).toEqual(['c']);
    expect(forest.drivers.every((driver) => driver.direction === null)).toBe(true);
    expect(forest.choiceReason).toContain('Random forest');
  });

  it('is deterministic under a seed', () => {
    const small = { randomForest: { treeCount: 20 } };
    const input = { features: linear.rows.slice(0, 120), target: linear.target.slice(0, 120), featureNames: names };
    const first = predictBehavior(input, { ...small, seed: 11 });
    const again = predictBehavior(input, { ...small, seed: 11 });
    const other = predictBehavior(input, { ...small, seed: 12 });
    expect(again.crossValidation.randomForest.foldAuc).toEqual(first.crossValidation.randomForest.foldAuc);
    expect(again.drivers).toEqual(first.drivers);
    expect(again.predictions).toEqual(first.predictions);
    expect(other.crossValidation.logisticRegression.foldAuc).not.toEqual(
      first.crossValidation.logisticRegression.foldAuc,
    );
  });

  it('warns about class imbalance, few positives and a constant feature', () => {
    const rows = linear.rows.slice(0, 200).map((row) => [row[0]!, row[1]!, 1]);
    const target = rows.map((_, index) => (index % 25 === 0 ? 1 : 0)); // 8 positives of 200
    const imbalanced = predictBehavior(
      { features: rows, target, featureNames: names },
      { randomForest: { treeCount: 10 } },
    );
    const codes = imbalanced.warnings.map((warning) => warning.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'CLASS_IMBALANCE',
        'FEW_MINORITY_CASES',
        'MANY_FEATURES_FOR_DATA',
        'CONSTANT_FEATURE',
        'WEAK_SIGNAL',
        'NO_PREDICTED_POSITIVES',
      ]),
    );
    expect(imbalanced.warnings.find((warning) => warning.code === 'CONSTANT_FEATURE')!.message).toContain('"noise"');
    expect(result.warnings).toEqual([]);
  });
});

describe('predictBehavior input errors', () => {
  const rows = [
    [1, 2],
    [2, 1],
    [3, 5],
    [4, 4],
    [5, 1],
    [6, 0],
  ];
  const featureNames = ['spend', 'visits'];
  const target = [0, 1, 0, 1, 0, 1];
  const run = (overrides: { features?: number[][]; target?: number[]; featureNames?: string[] }, folds = 2) =>
    predictBehavior({ features: rows, target, featureNames, ...overrides }, { folds, randomForest: { treeCount: 3 } });

  it('accepts the clean data', () => {
    expect(run({}).predictions).toHaveLength(6);
  });

  it.each([
    [
      'a non-0/1 target, naming the row',
      { target: [0, 1, 2, 1, 0, 1] },
      'PREDICTION_TARGET_NOT_BINARY',
      { row: 2, value: '2' },
    ],
    [
      'a NaN feature, naming row and column',
      { features: rows.map((row, index) => (index === 4 ? [row[0]!, Number.NaN] : row)) },
      'PREDICTION_FEATURE_NOT_FINITE',
      { row: 4, feature: 'visits' },
    ],
    ['mismatched lengths', { target: [0, 1, 0, 1, 0] }, 'PREDICTION_LENGTH_MISMATCH', { rows: 6, targets: 5 }],
    [
      'a row of the wrong width',
      { features: rows.map((row, index) => (index === 1 ? [1] : row)) },
      'PREDICTION_ROW_WIDTH_MISMATCH',
      { row: 1 },
    ],
    ['a single class', { target: [1, 1, 1, 1, 1, 1] }, 'PREDICTION_SINGLE_CLASS', {}],
    [
      'duplicate feature names',
      { featureNames: ['spend', 'spend'] },
      'PREDICTION_DUPLICATE_FEATURE_NAME',
      { feature: 'spend' },
    ],
    ['no rows', { features: [], target: [] }, 'PREDICTION_EMPTY_INPUT', {}],
  ])('rejects %s', (_, overrides, code, details) => {
    expect(() => run(overrides)).toThrow(PredictionInputError);
    expect(() => run(overrides)).toThrow(expect.objectContaining({ code, details: expect.objectContaining(details) }));
  });

  it('rejects fewer samples of a class than folds, saying how many folds would work', () => {
    const twoPositives = { target: [0, 1, 0, 1, 0, 0] };
    expect(run(twoPositives, 2).predictions).toHaveLength(6);
    expect(() => run(twoPositives, 3)).toThrow(
      expect.objectContaining({ code: 'PREDICTION_TOO_FEW_PER_CLASS', details: { label: 1, count: 2, folds: 3 } }),
    );
    expect(() => run(twoPositives, 3)).toThrow(/Use at most 2 folds/);
  });

  it('rejects bad options', () => {
    expect(() => run({}, 1)).toThrow(expect.objectContaining({ code: 'PREDICTION_INVALID_OPTION' }));
    expect(() => predictBehavior({ features: rows, target, featureNames }, { threshold: 1 })).toThrow(
      expect.objectContaining({ code: 'PREDICTION_INVALID_OPTION' }),
    );
  });
});
