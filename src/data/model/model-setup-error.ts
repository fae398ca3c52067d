import { TakumiError } from '../../core/takumi-error.ts';

/** Codes of {@link ModelSetupError}. */
export type ModelSetupErrorCode =
  | 'MODEL_SETUP_FAILED'
  | 'MODEL_LABELS_INVALID'
  | 'MODEL_CALIBRATION_INVALID'
  | 'MODEL_PRECISION_UNAVAILABLE';

/** Raised when the weights cannot be fetched or converted; the message says what to try. */
export class ModelSetupError extends TakumiError<ModelSetupErrorCode> {}
