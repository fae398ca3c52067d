import { describe, expect, it } from 'vitest';
import { fitDecisionTree } from '../../../src/engine/prediction/decision-tree.ts';
import { rankFeatures } from '../../../src/engine/prediction/rank-features.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

const allRows = (count: number): Int32Array => new Int32Array(count).map((_, index) => index);

describe('fitDecisionTree', () => {
  it('finds a step at the midpoint between the two classes and ignores a useless feature', () => {
    const signal = Float64Array.from([1, 2, 3, 4, 10, 11, 12, 13]);
    const noise = Float64Array.from([5, 5, 5, 5, 5, 5, 5, 5]);
    const target = [0, 0, 0, 0, 1, 1, 1, 1];
    const tree = fitDecisionTree(rankFeatures([noise, signal]), target, allRows(8), {}, createRandom(1));
    expect(tree.feature[0]).toBe(1);
    expect(tree.threshold[0]).toBe(7);
    expect(tree.feature.length).toBe(3);
    const probe = [Float64Array.from([5, 5]), Float64Array.from([6.9, 7.1])];
    expect([tree.predictRow(probe, 0), tree.predictRow(probe, 1)]).toEqual([0, 1]);
  });

  it('learns XOR, which needs a first split that does not lower impurity', () => {
    const x = Float64Array.from([0, 0, 1, 1, 0, 0, 1, 1]);
    const y = Float64Array.from([0, 1, 0, 1, 0, 1, 0, 1]);
    const target = [0, 1, 1, 0, 0, 1, 1, 0];
    const tree = fitDecisionTree(rankFeatures([x, y]), target, allRows(8), {}, createRandom(2));
    for (let row = 0; row < 8; row += 1) expect(tree.predictRow([x, y], row)).toBe(target[row]);
  });

  it('keeps leaf probabilities as shares and respects minSamplesLeaf and maxDepth', () => {
    const x = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const target = [0, 1, 0, 1, 1, 1];
    const stump = fitDecisionTree(rankFeatures([x]), target, allRows(6), { maxDepth: 1 }, createRandom(3));
    expect(stump.feature.length).toBe(3);
    // Best single split: x ≤ 3.5 (1 of 3 positive) vs x > 3.5 (3 of 3).
    expect(stump.threshold[0]).toBe(3.5);
    expect(stump.predictRow([x], 0)).toBeCloseTo(1 / 3, 15);
    const wide = fitDecisionTree(rankFeatures([x]), target, allRows(6), { minSamplesLeaf: 3 }, createRandom(3));
    expect(wide.feature.length).toBe(3);
    expect(
      fitDecisionTree(rankFeatures([x]), target, allRows(6), { minSamplesLeaf: 4 }, createRandom(3)).feature.length,
    ).toBe(1);
  });

  it('counts repeated (bootstrap) samples with their multiplicity', () => {
    const x = Float64Array.from([1, 2]);
    const tree = fitDecisionTree(
      rankFeatures([x]),
      [0, 1],
      Int32Array.from([0, 1, 1, 1]),
      { maxDepth: 0 },
      createRandom(4),
    );
    expect(tree.positiveShare[0]).toBe(0.75);
  });
});
