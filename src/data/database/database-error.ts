import { TakumiError } from '../../core/takumi-error.ts';

/**
 * Raised when the database cannot be opened or migrated. `code` is one of the `DATABASE_*` codes
 * documented at the throw sites; the message names the file or migration and the fix.
 */
export class DatabaseError extends TakumiError {}
