import { TakumiError } from '../../core/takumi-error.ts';

/** Raised for a seed or draw argument the generator cannot use (non-finite seed, `integer(0)`, …). */
export class RandomArgumentError extends TakumiError {}
