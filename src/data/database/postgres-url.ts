import { DatabaseError } from '../data-errors.ts';

/** A checked PostgreSQL `DATABASE_URL`. */
export interface PostgresLocation {
  /** The URL as given, for the driver. */
  url: string;
  /** The URL with any password replaced by `***`, for messages and logs. */
  safeUrl: string;
}

/** Whether `DATABASE_URL` points at PostgreSQL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/**
 * Checks a PostgreSQL URL (host and database name present) and makes its printable form.
 * @throws DatabaseError `DATABASE_URL_UNSUPPORTED` for a URL that cannot be parsed.
 */
export function parsePostgresUrl(databaseUrl: string): PostgresLocation {
  let parsed: URL;
  try {
    parsed = new URL(databaseUrl);
  } catch {
    throw new DatabaseError(
      'DATABASE_URL_UNSUPPORTED',
      'DATABASE_URL is not a valid PostgreSQL URL; use postgresql://USER:PASSWORD@HOST:5432/DATABASE ' +
        '(percent-encode special characters in the password).',
      {},
    );
  }
  if (parsed.password !== '') parsed.password = '***';
  const safeUrl = parsed.toString();
  if (parsed.hostname === '' || parsed.pathname.replace(/^\//, '') === '') {
    throw new DatabaseError(
      'DATABASE_URL_UNSUPPORTED',
      `DATABASE_URL ${safeUrl} must name a host and a database, e.g. postgresql://takumi@db.internal:5432/takumi.`,
      { databaseUrl: safeUrl },
    );
  }
  return { url: databaseUrl, safeUrl };
}
