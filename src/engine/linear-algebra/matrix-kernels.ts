/**
 * The few dense-matrix operations the clustering engine needs, behind one interface so that a
 * pure-JavaScript implementation (no start-up cost, exact float64 arithmetic: right for small
 * inputs) and an onnxruntime one (BLAS-speed float32 products: right for large inputs) can be
 * swapped and checked against each other.
 *
 * All matrices are row-major; `data` matrices are float32 as they come from embeddings, small
 * right-hand matrices are float64.
 *
 * Distances are taken relative to an `origin` near the data (e.g. a mean of some rows): with
 * |x − o|² known per row, |x − b|² = |x − o|² + |b − o|² − 2(x − o)·(b − o) loses far less to
 * float32 rounding than |x|² + |b|² − 2x·b when the data sits far from zero, as embeddings do.
 */
export interface MatrixKernels {
  /** Which implementation this is; `onnx` runs products on onnxruntime. */
  readonly backend: 'onnx' | 'javascript';

  /** |x − origin|² for every row x. */
  rowSquaredNorms(data: Float32Array, rows: number, columns: number, origin: Float64Array): Promise<Float64Array>;

  /**
   * Squared Euclidean distances between every row of `left` and every row of `right`, as a
   * `leftRows × rightRows` row-major matrix, clamped at 0.
   *
   * @param leftSquaredNorms |a − origin|² of the left rows (from {@link rowSquaredNorms}).
   */
  squaredDistances(
    left: Float32Array,
    leftRows: number,
    leftSquaredNorms: Float64Array,
    right: Float32Array | Float64Array,
    rightRows: number,
    columns: number,
    origin: Float64Array,
  ): Promise<Float32Array>;

  /**
   * Assigns every row to its nearest centroid (the first one on ties).
   *
   * @param rowSquaredNorms |x − origin|² of the rows (from {@link rowSquaredNorms}).
   */
  nearestCentroids(
    data: Float32Array,
    rows: number,
    columns: number,
    rowSquaredNorms: Float64Array,
    centroids: Float32Array | Float64Array,
    centroidCount: number,
    origin: Float64Array,
  ): Promise<NearestCentroids>;

  /**
   * |x − c|² of every row to the centroid its label names, computed directly (not through
   * norms), so it is accurate however far the clusters lie from each other: for inertia.
   */
  assignedSquaredDistances(
    data: Float32Array,
    rows: number,
    columns: number,
    labels: Int32Array,
    centroids: Float32Array | Float64Array,
    centroidCount: number,
  ): Promise<Float64Array>;

  /** Sums the rows per label (labels in 0 … labelCount − 1), in float64. */
  sumRowsByLabel(
    data: Float32Array,
    rows: number,
    columns: number,
    labels: Int32Array,
    labelCount: number,
  ): Promise<LabelSums>;

  /** `data · right` where `right` is `columns × rightColumns`; result `rows × rightColumns`. */
  multiply(
    data: Float32Array,
    rows: number,
    columns: number,
    right: Float32Array | Float64Array,
    rightColumns: number,
  ): Promise<Float64Array>;

  /** `dataᵀ · right` where `right` is `rows × rightColumns`; result `columns × rightColumns`. */
  multiplyTransposed(
    data: Float32Array,
    rows: number,
    columns: number,
    right: Float32Array | Float64Array,
    rightColumns: number,
  ): Promise<Float64Array>;

  /** Frees native sessions; the kernels must not be used afterwards. */
  release(): Promise<void>;
}

/** Result of {@link MatrixKernels.nearestCentroids}. */
export interface NearestCentroids {
  /** Index of the nearest centroid of every row. */
  labels: Int32Array;
  /** Squared distance of every row to its nearest centroid (clamped at 0). */
  squaredDistances: Float64Array;
}

/** Result of {@link MatrixKernels.sumRowsByLabel}. */
export interface LabelSums {
  /** `labelCount × columns` sums of the rows of each label. */
  sums: Float64Array;
  /** Number of rows of each label. */
  counts: Float64Array;
}
