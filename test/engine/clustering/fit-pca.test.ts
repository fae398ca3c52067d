import { describe, expect, it } from 'vitest';
import { ClusteringError } from '../../../src/engine/engine-errors.ts';
import { fitPca } from '../../../src/engine/clustering/fit-pca.ts';
import { transformPca } from '../../../src/engine/clustering/transform-pca.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

// References: /usr/bin/python3, scikit-learn 1.2.1, numpy 1.24.2:
//   PCA(n_components=3, svd_solver='full').fit(M) → explained_variance_, explained_variance_ratio_, components_
const tall = Float32Array.of(
  2.5,
  2.4,
  0.5,
  1.0,
  0.5,
  0.7,
  1.5,
  -1.0,
  2.2,
  2.9,
  0.1,
  0.3,
  1.9,
  2.2,
  0.9,
  0.8,
  3.1,
  3.0,
  -0.4,
  1.2,
  2.3,
  2.7,
  0.3,
  0.2,
  2.0,
  1.6,
  1.1,
  -0.5,
  1.0,
  1.1,
  1.9,
  -0.2,
  1.5,
  1.6,
  0.6,
  0.4,
  1.1,
  0.9,
  1.4,
  -0.8,
); // 10 × 4
const tallVariance = [2.140812594789726, 0.14998769263992695, 0.062073890115808515];
const tallRatio = [0.8932044575173858, 0.06257888988731826, 0.025898892542871286];
const tallAxes = [
  [0.5172059661842549, 0.5638516141551588, -0.45074627226536795, 0.45977945125560815],
  [-0.1440111339371097, -0.2373233743394883, 0.41947885439300175, 0.8642776752938848],
  [0.7240019630082295, 0.02300426611580486, 0.6615215544217214, -0.19411644530068314],
];
const wide = Float32Array.of(
  1,
  2,
  0,
  3,
  1,
  0,
  2,
  0,
  1,
  4,
  1,
  0,
  2,
  1,
  3,
  0,
  1,
  0,
  2,
  1,
  0,
  1,
  1,
  1,
  2,
  0,
  0,
  3,
  2,
  3,
  0,
  1,
  1,
  4,
  0,
); // 5 × 7
const wideVariance = [5.099718065559857, 3.725800355447144, 2.6656967774884217];
const wideRatio = [0.4321794970813438, 0.3157457928345037, 0.22590650656681538];

describe('fitPca', () => {
  it('matches scikit-learn on a tall matrix (covariance route)', async () => {
    const model = await fitPca(tall, 10, 4, { components: 3 });
    expect(model.method).toBe('exact');
    tallVariance.forEach((value, index) => expect(model.explainedVariance[index]).toBeCloseTo(value, 6));
    tallRatio.forEach((value, index) => expect(model.explainedVarianceRatio[index]).toBeCloseTo(value, 6));
    // Axes agree up to sign (scikit-learn flips by the scores, we by the largest loading).
    tallAxes.forEach((axis, component) => {
      const sign = Math.sign(model.axes[component * 4]!) * Math.sign(axis[0]!);
      axis.forEach((value, column) => expect(sign * model.axes[component * 4 + column]!).toBeCloseTo(value, 5));
    });
  });

  it('matches scikit-learn on a wide matrix (Gram route)', async () => {
    const model = await fitPca(wide, 5, 7, { components: 3 });
    wideVariance.forEach((value, index) => expect(model.explainedVariance[index]).toBeCloseTo(value, 6));
    wideRatio.forEach((value, index) => expect(model.explainedVarianceRatio[index]).toBeCloseTo(value, 6));
    for (let component = 0; component < 3; component += 1) {
      const axis = model.axes.subarray(component * 7, component * 7 + 7);
      expect(axis.reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 10);
    }
  });

  it('agrees between the randomized and exact methods, on both kernels', async () => {
    // Rank-8 signal with decreasing strength plus small noise: 400 × 120.
    const random = createRandom(11);
    const rows = 400;
    const columns = 120;
    const factors = Array.from({ length: 8 }, () => Float64Array.from({ length: columns }, () => random.normal()));
    const data = new Float32Array(rows * columns);
    for (let row = 0; row < rows; row += 1) {
      const weights = factors.map((_, index) => random.normal() * (8 - index));
      for (let column = 0; column < columns; column += 1) {
        let value = 3 + 0.05 * random.normal();
        factors.forEach((factor, index) => (value += weights[index]! * factor[column]!));
        data[row * columns + column] = value;
      }
    }
    const exact = await fitPca(data, rows, columns, { components: 5, method: 'exact' });
    for (const backend of ['javascript', 'onnx'] as const) {
      const randomized = await fitPca(data, rows, columns, { components: 5, method: 'randomized', seed: 3, backend });
      expect(randomized.method).toBe('randomized');
      expect(randomized.totalVariance / exact.totalVariance).toBeCloseTo(1, 5);
      for (let component = 0; component < 5; component += 1) {
        expect(randomized.explainedVariance[component]! / exact.explainedVariance[component]!).toBeCloseTo(1, 4);
        let dot = 0;
        for (let column = 0; column < columns; column += 1) {
          dot += randomized.axes[component * columns + column]! * exact.axes[component * columns + column]!;
        }
        expect(dot).toBeCloseTo(1, 4); // same sign convention, same direction
      }
    }
  });

  it('projects to scores whose variances are the explained variances', async () => {
    const model = await fitPca(tall, 10, 4, { components: 2 });
    for (const backend of ['javascript', 'onnx'] as const) {
      const scores = await transformPca(model, tall, 10, { backend });
      expect(scores.length).toBe(20);
      for (let component = 0; component < 2; component += 1) {
        let sum = 0;
        let squares = 0;
        for (let row = 0; row < 10; row += 1) {
          sum += scores[row * 2 + component]!;
          squares += scores[row * 2 + component]! ** 2;
        }
        expect(sum / 10).toBeCloseTo(0, 5);
        expect(squares / 9).toBeCloseTo(tallVariance[component]!, 5);
      }
    }
  });

  it('rejects bad requests', async () => {
    await expect(fitPca(tall, 10, 4, { components: 5 })).rejects.toMatchObject({ code: 'CLUSTERING_INVALID_OPTION' });
    const model = await fitPca(tall, 10, 4, { components: 2 });
    await expect(transformPca(model, new Float32Array(9), 3)).rejects.toBeInstanceOf(ClusteringError);
    const withNaN = tall.slice();
    withNaN[13] = Number.NaN;
    await expect(fitPca(withNaN, 10, 4)).rejects.toMatchObject({
      code: 'CLUSTERING_NOT_FINITE',
      details: { row: 3, column: 1 },
    });
  });
});
