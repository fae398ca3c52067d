import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Stable codes of {@link ChurnError}:
 * - `CHURN_INVALID_INPUT`: inputs of different lengths, a negative spend, a bad option.
 */
export type ChurnErrorCode = 'CHURN_INVALID_INPUT';

/** Error raised by the churn-risk and forecast engine; `message` says how to fix the input. */
export class ChurnError extends TakumiError<ChurnErrorCode> {}
