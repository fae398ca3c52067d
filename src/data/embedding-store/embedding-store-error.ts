import { TakumiError } from '../../core/takumi-error.ts';

/** Raised when an embedding cannot be stored or read back; the message names the file hash. */
export class EmbeddingStoreError extends TakumiError {}
