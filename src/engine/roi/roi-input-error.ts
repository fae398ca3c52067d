import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Raised when an ROI or A/B calculation gets inputs it cannot use (negative cost, a rate outside
 * [0, 1], zero cost so ROI is undefined, …). `details.field` names the offending input.
 */
export class RoiInputError extends TakumiError {}
