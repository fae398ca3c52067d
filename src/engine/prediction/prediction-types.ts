/** One customer's numeric features, in the order of the feature names. */
export type FeatureRow = readonly number[] | Float64Array;

/** Customers × features, one row per customer. */
export type FeatureMatrix = readonly FeatureRow[];

/** The models behavior prediction can fit. */
export type ModelKind = 'logistic-regression' | 'random-forest' | 'majority-baseline';

/** A fitted model that scores customers with the probability of the positive (1) class. */
export interface BinaryClassifier {
  readonly kind: ModelKind;
  /** Probability of class 1 per row; rows must have the training width and finite values. */
  predictProbabilities(rows: FeatureMatrix): Float64Array;
  /** Same as {@link predictProbabilities} for column-major data (one Float64Array per feature). */
  predictColumns(columns: readonly Float64Array[]): Float64Array;
}

/** Something the caller should know about the result; never fatal. */
export interface PredictionWarning {
  /** Stable machine-readable code, e.g. `CLASS_IMBALANCE`. */
  code: string;
  /** Plain-language explanation with what to do about it. */
  message: string;
}
