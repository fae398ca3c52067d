import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

/**
 * The PostgreSQL server the suite runs against when set (`tools/with-postgres.ts` sets it; `.ci/run`
 * runs the whole suite once on SQLite and once on PostgreSQL), else undefined: SQLite.
 */
export const testPostgresUrl: string | undefined = process.env['TAKUMI_TEST_POSTGRES_URL'] || undefined;

/** Which engine this run of the suite uses, for test names. */
export const testDatabaseEngine = testPostgresUrl === undefined ? 'sqlite' : 'postgresql';

/**
 * A `DATABASE_URL` for a fresh, empty database: a SQLite file in `directory`, or on the PostgreSQL
 * run a new database on that server (dropped with the throw-away cluster).
 */
export async function makeTestDatabaseUrl(directory: string, fileName = 'takumi.db'): Promise<string> {
  if (testPostgresUrl === undefined) return `file:${path.join(directory, fileName)}`;
  return createPostgresDatabase(testPostgresUrl);
}

/** Creates an empty database on the server of `serverUrl`; returns its URL. */
export async function createPostgresDatabase(serverUrl: string): Promise<string> {
  const name = `takumi_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
