import { DatabaseError } from '../data-errors.ts';

/**
 * Maps a better-sqlite3 or file-system error met while opening or migrating `filePath` to a
 * {@link DatabaseError} that says what to do. A DatabaseError passes through unchanged.
 */
export function toDatabaseError(error: unknown, filePath: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason = error instanceof Error ? error.message : String(error);
  const details = { filePath, cause: code || reason };
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseError(
      'DATABASE_NOT_SQLITE',
      `${filePath} is not a SQLite database or is damaged (${reason}). Move it away, or set DATABASE_URL to another file.`,
      details,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseError(
      'DATABASE_BUSY',
      `${filePath} stayed locked by another process (${reason}). Wait for the other Takumi process to finish, then retry.`,
      details,
      { cause: error },
    );
  }
  const notWritable =
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_FULL' ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'ENOSPC'].includes(code);
  if (notWritable) {
    return new DatabaseError(
      'DATABASE_NOT_WRITABLE',
      `Cannot create or write the database file ${filePath} (${reason}). Make its folder writable, ` +
        'or set TAKUMI_HOME (or DATABASE_URL=file:/absolute/path.db) to a writable place.',
      details,
      { cause: error },
    );
  }
  return new DatabaseError('DATABASE_OPEN_FAILED', `Could not open the database ${filePath}: ${reason}`, details, {
    cause: error,
  });
}
