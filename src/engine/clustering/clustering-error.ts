import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Stable codes of {@link ClusteringError}:
 * - `CLUSTERING_INVALID_SHAPE`: rows/columns are not positive integers or do not match the data length.
 * - `CLUSTERING_NOT_FINITE`: the data holds NaN or ±Infinity (`details` names the row and column).
 * - `CLUSTERING_INVALID_OPTION`: an option is out of range (e.g. k larger than the number of rows).
 * - `CLUSTERING_INVALID_LABELS`: labels do not fit the data (wrong length, too few clusters).
 */
export type ClusteringErrorCode =
  | 'CLUSTERING_INVALID_SHAPE'
  | 'CLUSTERING_NOT_FINITE'
  | 'CLUSTERING_INVALID_OPTION'
  | 'CLUSTERING_INVALID_LABELS';

/** Error raised by clustering, PCA and their helpers; `message` says how to fix the input. */
export class ClusteringError extends TakumiError<ClusteringErrorCode> {}
