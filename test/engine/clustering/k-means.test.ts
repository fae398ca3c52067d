import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { ClusteringError } from '../../../src/engine/engine-errors.ts';
import { defaultKMeansOptions, kMeans } from '../../../src/engine/clustering/k-means.ts';
import { createOnnxMatrixKernels } from '../../../src/engine/linear-algebra/create-onnx-matrix-kernels.ts';
import { waveClusters } from './wave-clusters.ts';

const backends = ['javascript', 'onnx'] as const;

// Two unit squares far apart: the optimum is each square's centre, every point 0.5 away (squared).
const squares = Float32Array.of(0, 0, 0, 1, 1, 0, 1, 1, 10, 10, 10, 11, 11, 10, 11, 11);

describe('kMeans', () => {
  it.each(backends)('finds two obvious groups with hand-checked centroids and inertia (%s)', async (backend) => {
    const result = await kMeans(squares, 8, 2, { k: 2, backend });
    expect(result.backend).toBe(backend);
    const first = result.labels[0]!;
    expect(Array.from(result.labels)).toEqual([first, first, first, first, 1 - first, 1 - first, 1 - first, 1 - first]);
    expect(Array.from(result.centroids.subarray(first * 2, first * 2 + 2))).toEqual([0.5, 0.5]);
    expect(Array.from(result.centroids.subarray((1 - first) * 2, (1 - first) * 2 + 2))).toEqual([10.5, 10.5]);
    expect(result.inertia).toBeCloseTo(8 * 0.5, 5);
    expect(Array.from(result.clusterSizes)).toEqual([4, 4]);
    expect(result.converged).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('is deterministic under a seed', async () => {
    const { data } = waveClusters(240, 6, 5, 1.0, 1.2);
    const first = await kMeans(data, 240, 6, { k: 5, seed: 7 });
    const second = await kMeans(data, 240, 6, { k: 5, seed: 7 });
    expect(Array.from(second.labels)).toEqual(Array.from(first.labels));
    expect(Array.from(second.centroids)).toEqual(Array.from(first.centroids));
    expect(second.inertia).toBe(first.inertia);
  });

  it('gives the same clustering on the JavaScript and onnxruntime paths, across chunks', async () => {
    const { data } = waveClusters(200, 10, 4, 1.0, 1.0);
    const javascript = await kMeans(data, 200, 10, { k: 4, seed: 3, backend: 'javascript' });
    // 64 values per chunk: about 6 rows, so every pass crosses dozens of chunk boundaries.
    const kernels = createOnnxMatrixKernels({ chunkValues: 64 });
    try {
      const onnx = await kMeans(data, 200, 10, { k: 4, seed: 3, kernels });
      expect(onnx.backend).toBe('onnx');
      expect(Array.from(onnx.labels)).toEqual(Array.from(javascript.labels));
      expect(onnx.iterations).toBe(javascript.iterations);
      expect(onnx.inertia).toBeCloseTo(javascript.inertia, 3);
      for (let index = 0; index < 40; index += 1)
        expect(onnx.centroids[index]).toBeCloseTo(javascript.centroids[index]!, 5);
    } finally {
      await kernels.release();
    }
  });

  it('matches scikit-learn on well-separated clusters', async () => {
    // /usr/bin/python3, scikit-learn 1.2.1, X = wave(300, 8, k=4, spread=6, noise=0.5) as in
    // wave-clusters.ts (float32): KMeans(4, n_init=1, init='k-means++', random_state=0,
    // algorithm='lloyd').fit(X).inertia_ = 299.7413024902344, ARI against the truth = 1.0.
    const { data, truth } = waveClusters(300, 8, 4, 6.0, 0.5);
    for (const backend of backends) {
      const result = await kMeans(data, 300, 8, { k: 4, backend });
      expect(adjustedRandIndex(truth, result.labels)).toBe(1);
      expect(result.inertia / 299.7413024902344).toBeCloseTo(1, 5);
    }
  });

  it.each(backends)(
    'follows the Lloyd iterations of scikit-learn step for step on overlapping clusters (%s)',
    async (backend) => {
      // scikit-learn 1.2.1: X = wave(200, 4, k=6, spread=0.3, noise=1.5) (float32, see
      // wave-clusters.ts); KMeans(6, init=X[:6], n_init=1, algorithm='lloyd').fit(X) runs
      // n_iter_ = 20 iterations with labels changing along the way and ends with these labels,
      // inertia_ = 326.69647216796875 (float32; 326.6964139327435 recomputed in float64).
      const expectedLabels = [
        2, 4, 5, 3, 4, 5, 3, 4, 5, 2, 1, 0, 2, 1, 0, 2, 4, 5, 3, 4, 5, 3, 4, 5, 2, 1, 0, 2, 1, 0, 2, 4, 5, 3, 4, 5, 3,
        4, 5, 2, 1, 0, 2, 1, 0, 2, 4, 5, 3, 4, 5, 3, 4, 0, 2, 1, 0, 2, 1, 0, 2, 4, 5, 3, 4, 5, 3, 4, 0, 2, 1, 0, 2, 1,
        0, 2, 4, 5, 3, 4, 5, 3, 4, 0, 2, 1, 0, 2, 1, 0, 2, 4, 5, 3, 4, 5, 3, 4, 0, 2, 1, 0, 2, 1, 0, 3, 4, 5, 3, 4, 5,
        3, 4, 0, 2, 1, 0, 2, 1, 0, 2, 4, 5, 3, 4, 5, 3, 4, 0, 2, 1, 0, 2, 1, 0, 3, 4, 5, 3, 4, 5, 3, 4, 0, 2, 1, 0, 2,
        1, 0, 3, 4, 5, 3, 4, 5, 3, 4, 0, 2, 1, 0, 2, 1, 0, 3, 4, 5, 3, 4, 5, 3, 1, 0, 2, 1, 0, 2, 1, 0, 3, 4, 5, 3, 4,
        5, 3, 1, 0, 2, 1, 0, 2, 1, 5, 3, 4, 5, 3, 4,
      ];
      const { data } = waveClusters(200, 4, 6, 0.3, 1.5);
      const kernels = backend === 'onnx' ? createOnnxMatrixKernels({ chunkValues: 64 }) : null;
      try {
        const result = await kMeans(data, 200, 4, { k: 6, initialCentroids: data.slice(0, 24), backend, kernels });
        expect(Array.from(result.labels)).toEqual(expectedLabels);
        expect(result.iterations).toBe(20);
        expect(result.converged).toBe(true);
        expect(Array.from(result.clusterSizes)).toEqual([35, 28, 34, 33, 39, 31]);
        expect(result.inertia).toBeCloseTo(326.6964139327435, 4);
      } finally {
        await kernels?.release();
      }
    },
  );

  it.each(backends)('re-seeds an empty cluster from the farthest row like scikit-learn (%s)', async (backend) => {
    // scikit-learn 1.2.1: KMeans(3, n_init=1, init=[[0.3,0.3],[10.2,10.4],[1000,1000]],
    // algorithm='lloyd').fit(E) gives labels [0,0,0,1,1,2], centres [[1/3,1/3],[10,10.5],[11,10]],
    // inertia 1.8333333730697632: the third centre starts empty and takes (11, 10), the row
    // farthest from its centre.
    const rows = Float32Array.of(0, 0, 0, 1, 1, 0, 10, 10, 10, 11, 11, 10);
    const initialCentroids = Float32Array.of(0.3, 0.3, 10.2, 10.4, 1000, 1000);
    const result = await kMeans(rows, 6, 2, { k: 3, initialCentroids, backend });
    expect(Array.from(result.labels)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(Array.from(result.centroids.subarray(2))).toEqual([10, 10.5, 11, 10]);
    expect(result.centroids[0]).toBeCloseTo(1 / 3, 6);
    expect(result.inertia).toBeCloseTo(1.8333333730697632, 5);
    expect(Array.from(result.clusterSizes)).toEqual([3, 2, 1]);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/1 empty cluster\(s\) were re-seeded/);
  });

  it('warns when there are fewer distinct rows than k', async () => {
    const duplicates = Float32Array.of(1, 1, 1, 1, 1, 1, 5, 5, 5, 5);
    const result = await kMeans(duplicates, 5, 2, { k: 3, backend: 'javascript' });
    expect(result.inertia).toBe(0);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/Only 2 of 3 clusters are non-empty/);
  });

  it('stops at maxIterations with a warning', async () => {
    const { data } = waveClusters(200, 4, 6, 0.3, 1.5);
    const result = await kMeans(data, 200, 4, { k: 6, maxIterations: 1, tolerance: 0, backend: 'javascript' });
    expect(result.iterations).toBe(1);
    expect(result.converged).toBe(false);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/without converging/);
  });

  it('rejects bad input with ClusteringErrors that say what to fix', async () => {
    const data = new Float32Array(12);
    const rejection = async (run: () => Promise<unknown>): Promise<ClusteringError> => {
      const error = await run().then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(ClusteringError);
      return error as ClusteringError;
    };
    const tooManyClusters = await rejection(() => kMeans(data, 4, 3, { k: 5 }));
    expect(tooManyClusters.code).toBe('CLUSTERING_INVALID_OPTION');
    expect(tooManyClusters.message).toMatch(/k = 5 is larger than the number of rows \(4\)/);

    const wrongShape = await rejection(() => kMeans(data, 5, 3, { k: 2 }));
    expect(wrongShape.code).toBe('CLUSTERING_INVALID_SHAPE');
    expect(wrongShape.message).toMatch(/12 values but rows × columns = 5 × 3 = 15/);

    for (const backend of backends) {
      const withNaN = data.slice();
      withNaN[2 * 3 + 1] = Number.NaN;
      const notFinite = await rejection(() => kMeans(withNaN, 4, 3, { k: 2, backend }));
      expect(notFinite.code).toBe('CLUSTERING_NOT_FINITE');
      expect(notFinite.message).toMatch(/data\[row 2, column 1\] is NaN/);
      expect(notFinite.details).toMatchObject({ row: 2, column: 1 });
    }
    const infinite = data.slice();
    infinite[11] = Number.POSITIVE_INFINITY;
    expect((await rejection(() => kMeans(infinite, 4, 3, { k: 2 }))).details).toMatchObject({ row: 3, column: 2 });

    expect((await rejection(() => kMeans(data, 4, 3, { k: 0 }))).code).toBe('CLUSTERING_INVALID_OPTION');
    expect((await rejection(() => kMeans(data, 4, 3, { k: 2, maxIterations: 0 }))).code).toBe(
      'CLUSTERING_INVALID_OPTION',
    );
    expect((await rejection(() => kMeans(data, 4, 3, { k: 2, initialCentroids: new Float32Array(5) }))).code).toBe(
      'CLUSTERING_INVALID_OPTION',
    );
  });

  it('exports sensible defaults', () => {
    expect(defaultKMeansOptions).toMatchObject({
      seed: 0,
      maxIterations: 300,
      tolerance: 1e-4,
      threads: 2,
      backend: 'auto',
    });
  });
});
