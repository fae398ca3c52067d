import { describe, expect, it } from 'vitest';
import { permutationImportance } from '../../../src/engine/prediction/permutation-importance.ts';
import type { BinaryClassifier } from '../../../src/engine/prediction/prediction-types.ts';
import { stratifiedKFold } from '../../../src/engine/prediction/stratified-k-fold.ts';

describe('permutationImportance', () => {
  // A model that only looks at feature 0 and ranks perfectly: shuffling feature 1 cannot matter.
  const onlyFirst: BinaryClassifier = {
    kind: 'logistic-regression',
    predictColumns: (columns) => Float64Array.from(columns[0]!),
    predictProbabilities: () => new Float64Array(),
  };
  const target = Uint8Array.from({ length: 60 }, (_, index) => (index % 2 === 0 ? 1 : 0));
  const signal = Float64Array.from(target, (label, index) => (label === 1 ? 0.6 : 0.4) + index * 1e-4);
  const unused = Float64Array.from({ length: 60 }, (_, index) => Math.sin(index));
  const folds = stratifiedKFold(target, 3, 1);

  it('credits the used feature and gives the unused one exactly zero', () => {
    const importances = permutationImportance([signal, unused], target, folds, [onlyFirst, onlyFirst, onlyFirst], {
      metric: 'auc',
      repeats: 4,
      seed: 2,
      threshold: 0.5,
    });
    expect(importances[1]).toEqual({ featureIndex: 1, meanDrop: 0, dropStandardDeviation: 0 });
    // A perfect AUC of 1 falls to about 0.5 when the signal is shuffled.
    expect(importances[0]!.meanDrop).toBeGreaterThan(0.3);
    expect(importances[0]!.meanDrop).toBeLessThan(0.7);
  });

  it('supports accuracy and is reproducible under a seed', () => {
    const settings = { metric: 'accuracy' as const, repeats: 3, seed: 7, threshold: 0.5 };
    const first = permutationImportance([signal, unused], target, folds, [onlyFirst, onlyFirst, onlyFirst], settings);
    const again = permutationImportance([signal, unused], target, folds, [onlyFirst, onlyFirst, onlyFirst], settings);
    expect(again).toEqual(first);
    expect(first[0]!.meanDrop).toBeGreaterThan(0.2);
  });
});
