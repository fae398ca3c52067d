import path from 'node:path';
import { DatabaseError } from '../data-errors.ts';

/**
 * Turns a `DATABASE_URL` into the absolute path of the SQLite file.
 *
 * Only absolute `file:` URLs are accepted: the Prisma CLI resolves relative ones against the
 * config file while the driver adapter resolves them against the working directory, so a
 * relative URL could silently make the bot and `prisma migrate` use two different files.
 * Query parameters (`?connection_limit=1`, …) are dropped, as the Prisma CLI does.
 */
export function resolveSqlitePath(databaseUrl: string): string {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new DatabaseError(
      'DATABASE_NOT_SQLITE_URL',
      'This DATABASE_URL points at PostgreSQL, but a SQLite file was expected here; open it with openDatabase, ' +
        'which picks the engine from the URL.',
      { scheme: 'postgresql' },
    );
  }
  if (!databaseUrl.startsWith('file:')) {
    throw new DatabaseError(
      'DATABASE_URL_UNSUPPORTED',
      `DATABASE_URL must be a SQLite URL such as file:/absolute/path/takumi.db (got scheme "${databaseUrl.split(':')[0]}:").`,
      { scheme: databaseUrl.split(':')[0] },
    );
  }
  const filePath = databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  if (filePath === '' || filePath === ':memory:') {
    throw new DatabaseError(
      'DATABASE_URL_UNSUPPORTED',
      'DATABASE_URL must name a SQLite file (an in-memory database would lose everything on exit); ' +
        'use file:/absolute/path/takumi.db.',
      { databaseUrl },
    );
  }
  if (!path.isAbsolute(filePath)) {
    throw new DatabaseError(
      'DATABASE_URL_RELATIVE',
      `DATABASE_URL "${databaseUrl}" is a relative path; use an absolute one such as file:${path.resolve(filePath)} ` +
        'so the bot and the Prisma CLI open the same file.',
      { databaseUrl },
    );
  }
  return path.normalize(filePath);
}
