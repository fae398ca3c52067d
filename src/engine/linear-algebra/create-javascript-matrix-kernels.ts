import type { LabelSums, MatrixKernels, NearestCentroids } from './matrix-kernels.ts';

/**
 * Pure-JavaScript {@link MatrixKernels}: exact float64 arithmetic and no start-up cost, so it is
 * the right choice for small inputs and the reference the onnxruntime kernels are tested against.
 * Distances are summed directly as Σ(a − b)², so the `origin` only matters for row norms.
 */
export function createJavaScriptMatrixKernels(): MatrixKernels {
  return {
    backend: 'javascript',

    async rowSquaredNorms(data, rows, columns, origin) {
      const norms = new Float64Array(rows);
      for (let row = 0; row < rows; row += 1) {
        const offset = row * columns;
        let sum = 0;
        for (let column = 0; column < columns; column += 1) {
          const value = data[offset + column]! - origin[column]!;
          sum += value * value;
        }
        norms[row] = sum;
      }
      return norms;
    },

    async squaredDistances(left, leftRows, _leftNorms, right, rightRows, columns) {
      const result = new Float32Array(leftRows * rightRows);
      for (let row = 0; row < leftRows; row += 1) {
        for (let other = 0; other < rightRows; other += 1) {
          result[row * rightRows + other] = squaredDistance(left, row * columns, right, other * columns, columns);
        }
      }
      return result;
    },

    async nearestCentroids(data, rows, columns, _rowNorms, centroids, centroidCount): Promise<NearestCentroids> {
      const labels = new Int32Array(rows);
      const squaredDistances = new Float64Array(rows);
      for (let row = 0; row < rows; row += 1) {
        const offset = row * columns;
        let best = 0;
        let bestDistance = Infinity;
        for (let centroid = 0; centroid < centroidCount; centroid += 1) {
          const distance = squaredDistance(data, offset, centroids, centroid * columns, columns);
          if (distance < bestDistance) {
            bestDistance = distance;
            best = centroid;
          }
        }
        labels[row] = best;
        squaredDistances[row] = bestDistance;
      }
      return { labels, squaredDistances };
    },

    async assignedSquaredDistances(data, _rows, columns, labels, centroids) {
      return Float64Array.from(labels, (label, row) =>
        squaredDistance(data, row * columns, centroids, label * columns, columns),
      );
    },

    async sumRowsByLabel(data, rows, columns, labels, labelCount): Promise<LabelSums> {
      const sums = new Float64Array(labelCount * columns);
      const counts = new Float64Array(labelCount);
      for (let row = 0; row < rows; row += 1) {
        const label = labels[row]!;
        counts[label]! += 1;
        const offset = row * columns;
        const sumOffset = label * columns;
        for (let column = 0; column < columns; column += 1) sums[sumOffset + column]! += data[offset + column]!;
      }
      return { sums, counts };
    },

    async multiply(data, rows, columns, right, rightColumns) {
      const result = new Float64Array(rows * rightColumns);
      for (let row = 0; row < rows; row += 1) {
        const offset = row * columns;
        const resultOffset = row * rightColumns;
        for (let inner = 0; inner < columns; inner += 1) {
          const value = data[offset + inner]!;
          if (value === 0) continue;
          const rightOffset = inner * rightColumns;
          for (let column = 0; column < rightColumns; column += 1) {
            result[resultOffset + column]! += value * right[rightOffset + column]!;
          }
        }
      }
      return result;
    },

    async multiplyTransposed(data, rows, columns, right, rightColumns) {
      const result = new Float64Array(columns * rightColumns);
      for (let row = 0; row < rows; row += 1) {
        const offset = row * columns;
        const rightOffset = row * rightColumns;
        for (let column = 0; column < columns; column += 1) {
          const value = data[offset + column]!;
          if (value === 0) continue;
          const resultOffset = column * rightColumns;
          for (let other = 0; other < rightColumns; other += 1) {
            result[resultOffset + other]! += value * right[rightOffset + other]!;
          }
        }
      }
      return result;
    },

    async release() {},
  };
}

function squaredDistance(
  left: Float32Array,
  leftOffset: number,
  right: Float32Array | Float64Array,
  rightOffset: number,
  columns: number,
): number {
  let sum = 0;
  for (let column = 0; column < columns; column += 1) {
    const difference = left[leftOffset + column]! - right[rightOffset + column]!;
    sum += difference * difference;
  }
  return sum;
}
