import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Raised when data or options handed to behavior prediction cannot be used as given.
 * `code` names the problem (e.g. `PREDICTION_FEATURE_NOT_FINITE`); `details` points at the row/column.
 */
export class PredictionInputError extends TakumiError {}
