import { describe, expect, it } from 'vitest';
import { stratifiedKFold } from '../../../src/engine/prediction/stratified-k-fold.ts';

describe('stratifiedKFold', () => {
  const target = Array.from({ length: 103 }, (_, index) => (index % 4 === 0 ? 1 : 0)); // 26 positives, 77 negatives

  it('puts every row in exactly one test fold, the rest in training', () => {
    const folds = stratifiedKFold(target, 5, 1);
    const seen = new Array<number>(target.length).fill(0);
    for (const fold of folds) {
      for (const row of fold.testIndices) seen[row]! += 1;
      expect(fold.trainIndices.length + fold.testIndices.length).toBe(target.length);
      const test = new Set(fold.testIndices);
      for (const row of fold.trainIndices) expect(test.has(row)).toBe(false);
    }
    expect(seen.every((count) => count === 1)).toBe(true);
  });

  it('keeps each class spread evenly and fold sizes within one', () => {
    const folds = stratifiedKFold(target, 5, 1);
    const positives = folds.map((fold) => Array.from(fold.testIndices).filter((row) => target[row] === 1).length);
    const sizes = folds.map((fold) => fold.testIndices.length);
    expect(Math.max(...positives) - Math.min(...positives)).toBeLessThanOrEqual(1);
    expect(positives.reduce((sum, count) => sum + count, 0)).toBe(26);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('is reproducible under a seed and changes with it', () => {
    const first = stratifiedKFold(target, 5, 9).map((fold) => Array.from(fold.testIndices));
    const again = stratifiedKFold(target, 5, 9).map((fold) => Array.from(fold.testIndices));
    const other = stratifiedKFold(target, 5, 10).map((fold) => Array.from(fold.testIndices));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });
});
