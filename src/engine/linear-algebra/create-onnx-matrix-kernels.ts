import * as ort from 'onnxruntime-node';
import { buildKernelGraph, type KernelGraph } from './build-kernel-graph.ts';
import type { LabelSums, MatrixKernels, NearestCentroids } from './matrix-kernels.ts';

/** Options of {@link createOnnxMatrixKernels}. */
export interface OnnxMatrixKernelOptions {
  /** onnxruntime intra-op threads. */
  threads: number;
  /**
   * Data rows are fed to onnxruntime in chunks of about this many values: large enough to
   * amortise a run. Element-wise graphs use at most 2²⁰ values, so their temporaries stay in cache.
   */
  chunkValues: number;
  /**
   * Whether onnxruntime's worker threads spin between runs. Spinning saves wake-up latency but
   * burns the cores that JavaScript needs between the runs of a chunked pass.
   */
  allowSpinning: boolean;
}

export const defaultOnnxMatrixKernelOptions: OnnxMatrixKernelOptions = {
  threads: 2,
  chunkValues: 1 << 22,
  allowSpinning: false,
};

/**
 * {@link MatrixKernels} on onnxruntime: float32 products at BLAS speed. Row norms, per-centroid
 * sums and products over many rows are accumulated chunk by chunk in float64, so the float32
 * error stays that of one chunk. Call `release()` when done.
 */
export function createOnnxMatrixKernels(options: Partial<OnnxMatrixKernelOptions> = {}): MatrixKernels {
  const { threads, chunkValues, allowSpinning } = { ...defaultOnnxMatrixKernelOptions, ...options };
  const sessions = new Map<KernelGraph, Promise<ort.InferenceSession>>();
  const session = (graph: KernelGraph): Promise<ort.InferenceSession> => {
    let created = sessions.get(graph);
    if (!created) {
      created = ort.InferenceSession.create(buildKernelGraph(graph), {
        // onnxruntime's ScatterND adds rows in a thread-dependent order: one thread keeps sums reproducible.
        intraOpNumThreads: graph === 'sumRowsByLabel' ? 1 : threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        logSeverityLevel: 3,
        extra: { session: { intra_op: { allow_spinning: allowSpinning ? '1' : '0' } } },
      });
      sessions.set(graph, created);
    }
    return created;
  };
  const chunkRows = (columns: number, values = chunkValues): number =>
    Math.max(1, Math.floor(values / Math.max(1, columns)));
  const elementwiseChunkRows = (columns: number): number => chunkRows(columns, Math.min(chunkValues, 1 << 20));
  let onesOfWidth: ort.Tensor | null = null;
  const ones = (columns: number): ort.Tensor => {
    if (onesOfWidth?.dims[0] !== columns) onesOfWidth = matrix(new Float32Array(columns).fill(1), columns, 1);
    return onesOfWidth;
  };
  const matrix = (values: Float32Array, rows: number, columns: number): ort.Tensor =>
    new ort.Tensor('float32', values, [rows, columns]);
  const rowsOf = (data: Float32Array, start: number, count: number, columns: number): ort.Tensor =>
    matrix(data.subarray(start * columns, (start + count) * columns), count, columns);

  return {
    backend: 'onnx',

    async rowSquaredNorms(data, rows, columns, origin) {
      const run = await session('rowSquaredNorms');
      const norms = new Float64Array(rows);
      const originTensor = new ort.Tensor('float32', Float32Array.from(origin), [columns]);
      const step = elementwiseChunkRows(columns);
      for (let start = 0; start < rows; start += step) {
        const count = Math.min(step, rows - start);
        const output = await run.run({
          data: rowsOf(data, start, count, columns),
          origin: originTensor,
          ones: ones(columns),
        });
        norms.set(output.norms!.data as Float32Array, start);
      }
      // float32 overflows to Infinity from |x − o| ≈ 2e19; such rows, and rows holding NaN or
      // infinities, are recomputed in float64 so callers see the true norm (or the NaN).
      for (let row = 0; row < rows; row += 1) {
        if (Number.isFinite(norms[row])) continue;
        let sum = 0;
        for (let column = 0; column < columns; column += 1)
          sum += (data[row * columns + column]! - origin[column]!) ** 2;
        norms[row] = sum;
      }
      return norms;
    },

    async squaredDistances(left, leftRows, leftNorms, right, rightRows, columns, origin) {
      const run = await session('squaredDistances');
      const result = new Float32Array(leftRows * rightRows);
      const shifted = shiftToOrigin(right, rightRows, columns, origin);
      const rightTensor = matrix(shifted.rows, rightRows, columns);
      const rightBiasTensor = new ort.Tensor('float32', shifted.bias, [rightRows]);
      const step = Math.max(1, Math.min(chunkRows(columns), Math.floor(chunkValues / Math.max(1, rightRows))));
      for (let start = 0; start < leftRows; start += step) {
        const count = Math.min(step, leftRows - start);
        const output = await run.run({
          data: rowsOf(left, start, count, columns),
          right: rightTensor,
          rowNorms: matrix(Float32Array.from(leftNorms.subarray(start, start + count)), count, 1),
          rightBias: rightBiasTensor,
        });
        result.set(output.distances!.data as Float32Array, start * rightRows);
      }
      return result;
    },

    async nearestCentroids(data, rows, columns, rowNorms, centroids, centroidCount, origin): Promise<NearestCentroids> {
      const run = await session('nearestCentroids');
      const shifted = shiftToOrigin(centroids, centroidCount, columns, origin);
      const fixed = {
        centroids: matrix(shifted.rows, centroidCount, columns),
        centroidBias: new ort.Tensor('float32', shifted.bias, [centroidCount]),
      };
      const labels = new Int32Array(rows);
      const squaredDistances = new Float64Array(rows);
      const step = chunkRows(columns);
      for (let start = 0; start < rows; start += step) {
        const count = Math.min(step, rows - start);
        const output = await run.run({ data: rowsOf(data, start, count, columns), ...fixed });
        const chunkLabels = output.labels!.data as BigInt64Array;
        const partial = output.partialDistances!.data as Float32Array;
        for (let index = 0; index < count; index += 1) {
          labels[start + index] = Number(chunkLabels[index]!);
          // |x − o|² + (|c'|² + 2o·c' − 2x·c'), clamped: rounding can push a near-zero distance below zero.
          squaredDistances[start + index] = Math.max(0, rowNorms[start + index]! + partial[index]!);
        }
      }
      return { labels, squaredDistances };
    },

    async assignedSquaredDistances(data, rows, columns, labels, centroids, centroidCount) {
      const run = await session('assignedSquaredDistances');
      const distances = new Float64Array(rows);
      const centroidTensor = matrix(asFloat32(centroids), centroidCount, columns);
      const step = elementwiseChunkRows(columns);
      for (let start = 0; start < rows; start += step) {
        const count = Math.min(step, rows - start);
        const output = await run.run({
          data: rowsOf(data, start, count, columns),
          centroids: centroidTensor,
          labels: new ort.Tensor(
            'int64',
            BigInt64Array.from(labels.subarray(start, start + count), (label) => BigInt(label)),
            [count],
          ),
          ones: ones(columns),
        });
        distances.set(output.distances!.data as Float32Array, start);
      }
      return distances;
    },

    async sumRowsByLabel(data, rows, columns, labels, labelCount): Promise<LabelSums> {
      const run = await session('sumRowsByLabel');
      const sums = new Float64Array(labelCount * columns);
      const counts = new Float64Array(labelCount);
      for (const label of labels) counts[label]! += 1;
      const zeros = matrix(new Float32Array(labelCount * columns), labelCount, columns);
      const step = elementwiseChunkRows(columns);
      for (let start = 0; start < rows; start += step) {
        const count = Math.min(step, rows - start);
        const chunkLabels = BigInt64Array.from(labels.subarray(start, start + count), (label) => BigInt(label));
        const output = await run.run({
          data: rowsOf(data, start, count, columns),
          labels: new ort.Tensor('int64', chunkLabels, [count, 1]),
          zeros,
        });
        const chunkSums = output.sums!.data as Float32Array;
        for (let index = 0; index < sums.length; index += 1) sums[index]! += chunkSums[index]!;
      }
      return { sums, counts };
    },

    async multiply(data, rows, columns, right, rightColumns) {
      const run = await session('multiply');
      const result = new Float64Array(rows * rightColumns);
      const rightTensor = matrix(asFloat32(right), columns, rightColumns);
      const step = chunkRows(columns);
      for (let start = 0; start < rows; start += step) {
        const count = Math.min(step, rows - start);
        const output = await run.run({ data: rowsOf(data, start, count, columns), right: rightTensor });
        result.set(output.product!.data as Float32Array, start * rightColumns);
      }
      return result;
    },

    async multiplyTransposed(data, rows, columns, right, rightColumns) {
      const run = await session('multiplyTransposed');
      const result = new Float64Array(columns * rightColumns);
      const step = chunkRows(columns);
      for (let start = 0; start < rows; start += step) {
        const count = Math.min(step, rows - start);
        const rightChunk = asFloat32(right.subarray(start * rightColumns, (start + count) * rightColumns));
        const output = await run.run({
          data: rowsOf(data, start, count, columns),
          right: matrix(rightChunk, count, rightColumns),
        });
        const product = output.product!.data as Float32Array;
        for (let index = 0; index < result.length; index += 1) result[index]! += product[index]!;
      }
      return result;
    },

    async release() {
      const created = [...sessions.values()];
      sessions.clear();
      for (const pending of created) await (await pending).release();
    },
  };
}

function asFloat32(values: Float32Array | Float64Array): Float32Array {
  return values instanceof Float32Array ? values : Float32Array.from(values);
}

/**
 * Rows b' = b − o rounded to float32, with the bias |b'|² + 2o·b' that turns −2x·b' into
 * |x − b|² − |x − o|²; computed from the rounded b' so that the identity holds for what the
 * product actually uses.
 */
function shiftToOrigin(
  values: Float32Array | Float64Array,
  count: number,
  columns: number,
  origin: Float64Array,
): { rows: Float32Array; bias: Float32Array } {
  const rows = new Float32Array(count * columns);
  const bias = new Float32Array(count);
  for (let row = 0; row < count; row += 1) {
    let sum = 0;
    for (let column = 0; column < columns; column += 1) {
      const shifted = Math.fround(values[row * columns + column]! - origin[column]!);
      rows[row * columns + column] = shifted;
      sum += shifted * (shifted + 2 * origin[column]!);
    }
    bias[row] = sum;
  }
  return { rows, bias };
}
