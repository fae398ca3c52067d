import { describe, expect, it } from 'vitest';
import { createJavaScriptMatrixKernels } from '../../../src/engine/linear-algebra/create-javascript-matrix-kernels.ts';
import { createMatrixKernels } from '../../../src/engine/linear-algebra/create-matrix-kernels.ts';
import { createOnnxMatrixKernels } from '../../../src/engine/linear-algebra/create-onnx-matrix-kernels.ts';
import { sampleRowMean } from '../../../src/engine/linear-algebra/sample-row-mean.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

const random = createRandom(21);
const rows = 37;
const columns = 9;
// Offset data, as embeddings are: the origin keeps float32 distances accurate anyway.
const data = Float32Array.from({ length: rows * columns }, () => 50 + random.normal());
const centroids = Float64Array.from({ length: 4 * columns }, () => 50 + random.normal());
const right = Float64Array.from({ length: columns * 3 }, () => random.normal());
const tallRight = Float64Array.from({ length: rows * 3 }, () => random.normal());
const labels = Int32Array.from({ length: rows }, (_, row) => (row * 5) % 4);

const expectClose = (actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void => {
  expect(actual.length).toBe(expected.length);
  for (let index = 0; index < expected.length; index += 1) {
    expect(Math.abs(actual[index]! - expected[index]!)).toBeLessThanOrEqual(
      tolerance * Math.max(1, Math.abs(expected[index]!)),
    );
  }
};

describe('matrix kernels', () => {
  it('agree between JavaScript and onnxruntime, across chunk boundaries', async () => {
    const javascript = createJavaScriptMatrixKernels();
    const onnx = createOnnxMatrixKernels({ chunkValues: 40 }); // 4 rows per chunk: many partial chunks
    try {
      const origin = sampleRowMean(data, rows, columns);
      const norms = await javascript.rowSquaredNorms(data, rows, columns, origin);
      expectClose(await onnx.rowSquaredNorms(data, rows, columns, origin), norms, 1e-5);

      const distances = await javascript.squaredDistances(data, rows, norms, centroids, 4, columns, origin);
      expectClose(await onnx.squaredDistances(data, rows, norms, centroids, 4, columns, origin), distances, 1e-4);
      // A hand-checked entry: row 0 against centroid 2.
      let direct = 0;
      for (let column = 0; column < columns; column += 1)
        direct += (data[column]! - centroids[2 * columns + column]!) ** 2;
      expect(distances[2]).toBeCloseTo(direct, 3);

      const nearestJavaScript = await javascript.nearestCentroids(data, rows, columns, norms, centroids, 4, origin);
      const nearestOnnx = await onnx.nearestCentroids(data, rows, columns, norms, centroids, 4, origin);
      expect(Array.from(nearestOnnx.labels)).toEqual(Array.from(nearestJavaScript.labels));
      expectClose(nearestOnnx.squaredDistances, nearestJavaScript.squaredDistances, 1e-4);
      nearestJavaScript.labels.forEach((label, row) => {
        const ownDistance = nearestJavaScript.squaredDistances[row]!;
        expect(ownDistance).toBeCloseTo(distances[row * 4 + label]!, 4);
        expect(ownDistance).toBeCloseTo(Math.min(...Array.from(distances.subarray(row * 4, row * 4 + 4))), 4);
      });

      const assigned = await javascript.assignedSquaredDistances(data, rows, columns, labels, centroids, 4);
      expectClose(await onnx.assignedSquaredDistances(data, rows, columns, labels, centroids, 4), assigned, 1e-5);

      const sumsJavaScript = await javascript.sumRowsByLabel(data, rows, columns, labels, 4);
      const sumsOnnx = await onnx.sumRowsByLabel(data, rows, columns, labels, 4);
      expect(Array.from(sumsOnnx.counts)).toEqual(Array.from(sumsJavaScript.counts));
      expect(sumsJavaScript.counts.reduce((total, count) => total + count, 0)).toBe(rows);
      expectClose(sumsOnnx.sums, sumsJavaScript.sums, 1e-6);

      expectClose(
        await onnx.multiply(data, rows, columns, right, 3),
        await javascript.multiply(data, rows, columns, right, 3),
        1e-5,
      );
      expectClose(
        await onnx.multiplyTransposed(data, rows, columns, tallRight, 3),
        await javascript.multiplyTransposed(data, rows, columns, tallRight, 3),
        1e-5,
      );
    } finally {
      await onnx.release();
    }
  });

  it('picks onnxruntime only for large workloads', async () => {
    expect(createMatrixKernels('auto', 1000, 2).backend).toBe('javascript');
    const large = createMatrixKernels('auto', 1e9, 2);
    expect(large.backend).toBe('onnx');
    await large.release();
    expect(createMatrixKernels('javascript', 1e9, 2).backend).toBe('javascript');
  });

  it('reports rows holding NaN through their norms', async () => {
    const withNaN = data.slice();
    withNaN[3 * columns + 2] = Number.NaN;
    const onnx = createOnnxMatrixKernels();
    try {
      const norms = await onnx.rowSquaredNorms(withNaN, rows, columns, new Float64Array(columns));
      expect(Number.isNaN(norms[3])).toBe(true);
      expect(norms.filter(Number.isFinite).length).toBe(rows - 1);
    } finally {
      await onnx.release();
    }
  });
});
