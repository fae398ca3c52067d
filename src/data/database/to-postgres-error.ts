import { DatabaseError } from '../data-errors.ts';

/**
 * Maps a `pg` driver error met while opening or migrating the PostgreSQL database `where` (a URL
 * without password) to a {@link DatabaseError} that says what to do. A DatabaseError passes through.
 */
export function toPostgresError(error: unknown, where: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason = error instanceof Error ? error.message : String(error);
  const details = { filePath: where, cause: code || reason };
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', '57P03'].includes(code)) {
    return new DatabaseError(
      'DATABASE_UNREACHABLE',
      `Cannot reach the PostgreSQL server of ${where} (${reason}). Check that it is running and that host and ` +
        'port in DATABASE_URL are right.',
      details,
      { cause: error },
    );
  }
  if (code === '28P01' || code === '28000') {
    return new DatabaseError(
      'DATABASE_AUTH_FAILED',
      `PostgreSQL refused the login for ${where} (${reason}). Check the user and password in DATABASE_URL.`,
      details,
      { cause: error },
    );
  }
  if (code === '3D000') {
    return new DatabaseError(
      'DATABASE_NOT_FOUND',
      `The database of ${where} does not exist. Create it (createdb, or CREATE DATABASE takumi) and start again.`,
      details,
      { cause: error },
    );
  }
  if (code === '42501') {
    return new DatabaseError(
      'DATABASE_NOT_WRITABLE',
      `The PostgreSQL user of ${where} may not create tables (${reason}). Grant it CREATE on the database's ` +
        'public schema, or use the database owner.',
      details,
      { cause: error },
    );
  }
  return new DatabaseError('DATABASE_OPEN_FAILED', `Could not open the database ${where}: ${reason}`, details, {
    cause: error,
  });
}
