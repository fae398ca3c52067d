import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Stable codes of {@link ClvError}:
 * - `CLV_INVALID_INPUT`: a customer summary has a negative, non-finite or inconsistent field.
 * - `CLV_NOT_IDENTIFIABLE`: the data cannot pin the model's parameters down (no repeat buyers,
 *   too few customers, parameters running off to 0 or infinity, undefined spend mean).
 * - `CLV_NOT_CONVERGED`: the optimiser stopped before meeting its tolerances.
 * - `CLV_HYPERGEOMETRIC_UNDEFINED`: the Gaussian hypergeometric function was asked for a value
 *   where it has a pole or lies outside its real domain.
 */
export type ClvErrorCode =
  | 'CLV_INVALID_INPUT'
  | 'CLV_NOT_IDENTIFIABLE'
  | 'CLV_NOT_CONVERGED'
  | 'CLV_HYPERGEOMETRIC_UNDEFINED';

/** Error raised by the customer-lifetime-value engine; `message` says how to fix the input. */
export class ClvError extends TakumiError<ClvErrorCode> {}
