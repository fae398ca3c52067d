import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Stable codes of {@link WhatIfError}:
 * - `WHAT_IF_INVALID_INPUT`: a negative count or amount, a rate outside its range, a bad option.
 */
export type WhatIfErrorCode = 'WHAT_IF_INVALID_INPUT';

/** Error raised by the what-if simulation; `message` says which input and how to fix it. */
export class WhatIfError extends TakumiError<WhatIfErrorCode> {}
