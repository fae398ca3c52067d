import { type ErrorCode, TakumiError } from '../core/takumi-error.ts';

/**
 * The engine's error classes, each with its const list of codes: a throw site with a code its class
 * does not list fails `tsc`, and the CLI's exit codes and Slack's hints are checked against these
 * lists. Every message says how to fix the input.
 */

/** Codes of {@link RandomArgumentError}. */
export const randomArgumentErrorCodes = ['RANDOM_INVALID_ARGUMENT', 'RANDOM_INVALID_SEED'] as const;
/** Raised for a seed or draw argument the generator cannot use (non-finite seed, `integer(0)`, …). */
export class RandomArgumentError extends TakumiError<ErrorCode<typeof randomArgumentErrorCodes>> {}

/** Codes of {@link PredictionInputError}; `details` points at the row or column. */
export const predictionInputErrorCodes = [
  'PREDICTION_DUPLICATE_FEATURE_NAME',
  'PREDICTION_EMPTY_INPUT',
  'PREDICTION_FEATURE_NOT_FINITE',
  'PREDICTION_INVALID_OPTION',
  'PREDICTION_LENGTH_MISMATCH',
  'PREDICTION_NO_FEATURES',
  'PREDICTION_ROW_WIDTH_MISMATCH',
  'PREDICTION_SINGLE_CLASS',
  'PREDICTION_TARGET_NOT_BINARY',
  'PREDICTION_TOO_FEW_PER_CLASS',
] as const;
/** Raised when data or options handed to behavior prediction cannot be used as given. */
export class PredictionInputError extends TakumiError<ErrorCode<typeof predictionInputErrorCodes>> {}

/** Codes of {@link RoiInputError}; `details.field` names the offending input. */
export const roiInputErrorCodes = ['ROI_INVALID_INPUT', 'ROI_UNDEFINED_ZERO_COST'] as const;
/**
 * Raised when an ROI or A/B calculation gets inputs it cannot use (negative cost, a rate outside
 * [0, 1], zero cost so ROI is undefined, …).
 */
export class RoiInputError extends TakumiError<ErrorCode<typeof roiInputErrorCodes>> {}

/** Codes of {@link ChurnError}: `CHURN_INVALID_INPUT` for inputs of different lengths, a negative spend, a bad option. */
export const churnErrorCodes = ['CHURN_INVALID_INPUT'] as const;
/** Raised by the churn-risk and forecast engine. */
export class ChurnError extends TakumiError<ErrorCode<typeof churnErrorCodes>> {}

/**
 * Codes of {@link ClusteringError}:
 * - `CLUSTERING_INVALID_SHAPE`: rows/columns are not positive integers or do not match the data length.
 * - `CLUSTERING_NOT_FINITE`: the data holds NaN or ±Infinity (`details` names the row and column).
 * - `CLUSTERING_INVALID_OPTION`: an option is out of range (e.g. k larger than the number of rows).
 * - `CLUSTERING_INVALID_LABELS`: labels do not fit the data (wrong length, too few clusters).
 */
export const clusteringErrorCodes = [
  'CLUSTERING_INVALID_SHAPE',
  'CLUSTERING_NOT_FINITE',
  'CLUSTERING_INVALID_OPTION',
  'CLUSTERING_INVALID_LABELS',
] as const;
/** The codes a {@link ClusteringError} carries. */
export type ClusteringErrorCode = ErrorCode<typeof clusteringErrorCodes>;
/** Raised by clustering, PCA and their helpers. */
export class ClusteringError extends TakumiError<ClusteringErrorCode> {}

/**
 * Codes of {@link ClvError}:
 * - `CLV_INVALID_INPUT`: a customer summary has a negative, non-finite or inconsistent field.
 * - `CLV_NOT_IDENTIFIABLE`: the data cannot pin the model's parameters down (no repeat buyers,
 *   too few customers, parameters running off to 0 or infinity, undefined spend mean).
 * - `CLV_NOT_CONVERGED`: the optimiser stopped before meeting its tolerances.
 * - `CLV_HYPERGEOMETRIC_UNDEFINED`: the Gaussian hypergeometric function was asked for a value
 *   where it has a pole or lies outside its real domain.
 */
export const clvErrorCodes = [
  'CLV_INVALID_INPUT',
  'CLV_NOT_IDENTIFIABLE',
  'CLV_NOT_CONVERGED',
  'CLV_HYPERGEOMETRIC_UNDEFINED',
] as const;
/** The codes a {@link ClvError} carries. */
export type ClvErrorCode = ErrorCode<typeof clvErrorCodes>;
/** Raised by the customer-lifetime-value engine. */
export class ClvError extends TakumiError<ClvErrorCode> {}

/** Codes of {@link FeatureError}. */
export const featureErrorCodes = ['FEATURES_NO_CUSTOMERS'] as const;
/** Raised when customer features cannot be built (no customers to describe). */
export class FeatureError extends TakumiError<ErrorCode<typeof featureErrorCodes>> {}

/** Codes of {@link EmbedderError}. */
export const embedderErrorCodes = [
  'EMBEDDER_DISPOSED',
  'EMBEDDER_OPTIONS',
  'MODEL_LOAD_FAILED',
  'MODEL_RUN_FAILED',
] as const;
/** Raised when the image embedder cannot be used: bad options, a model that does not load or run, disposed. */
export class EmbedderError extends TakumiError<ErrorCode<typeof embedderErrorCodes>> {}

/** Codes of {@link FileReadError}; `details.errno` keeps Node's code where there is one. */
export const fileReadErrorCodes = [
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_IS_DIRECTORY',
  'FILE_READ_FAILED',
  'FILE_NOT_REGULAR',
  'FILE_TOO_LARGE',
] as const;
/** Raised when a file (a photo, a CSV) cannot be read; the message says what to do. */
export class FileReadError extends TakumiError<ErrorCode<typeof fileReadErrorCodes>> {}

/** Codes of {@link WhatIfError}: `WHAT_IF_INVALID_INPUT` for a negative count or amount, a rate outside its range, a bad option. */
export const whatIfErrorCodes = ['WHAT_IF_INVALID_INPUT'] as const;
/** The codes a {@link WhatIfError} carries. */
export type WhatIfErrorCode = ErrorCode<typeof whatIfErrorCodes>;
/** Raised by the what-if simulation; `message` says which input and how to fix it. */
export class WhatIfError extends TakumiError<WhatIfErrorCode> {}

/** Codes of {@link CohortError}: `COHORT_INVALID_INPUT` for an option out of range or a purchase without a valid date. */
export const cohortErrorCodes = ['COHORT_INVALID_INPUT'] as const;
/** Raised by the cohort-retention engine; `details.field` names the offending input. */
export class CohortError extends TakumiError<ErrorCode<typeof cohortErrorCodes>> {}

/** Every code the engine's error classes in this module carry. */
export type EngineErrorCode =
  | ErrorCode<typeof randomArgumentErrorCodes>
  | ErrorCode<typeof predictionInputErrorCodes>
  | ErrorCode<typeof roiInputErrorCodes>
  | ErrorCode<typeof churnErrorCodes>
  | ClusteringErrorCode
  | ClvErrorCode
  | ErrorCode<typeof featureErrorCodes>
  | ErrorCode<typeof embedderErrorCodes>
  | ErrorCode<typeof fileReadErrorCodes>
  | WhatIfErrorCode
  | ErrorCode<typeof cohortErrorCodes>;
