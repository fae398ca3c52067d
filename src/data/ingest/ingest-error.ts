import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Raised for a problem with a whole input (a file that is missing, not CSV, lacks a required column,
 * a photos folder that cannot be read) or an unknown dataset. `details.file` names the input; the
 * message says what to fix. Problems with single rows are reported as row issues instead.
 */
export class IngestError extends TakumiError {}
