import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DatabaseError } from '../data-errors.ts';
import { findPendingMigrations, type MigrationHistoryRow } from './find-pending-migrations.ts';
import { parsePostgresUrl } from './postgres-url.ts';
import { defaultPostgresMigrationsDirectory, readMigrations } from './read-migrations.ts';
import { toPostgresError } from './to-postgres-error.ts';

/** Options of {@link applyPostgresMigrations}. */
export interface ApplyPostgresMigrationsOptions {
  /** `postgresql://…`. */
  databaseUrl: string;
  /** Folder of `<timestamp>_<name>/migration.sql` folders written for PostgreSQL. */
  migrationsDirectory?: string;
  /** How long to wait for another process that is migrating the same database. */
  lockTimeoutMilliseconds?: number;
}

export const defaultApplyPostgresMigrationsOptions = {
  migrationsDirectory: defaultPostgresMigrationsDirectory,
  lockTimeoutMilliseconds: 30_000,
} as const satisfies Partial<ApplyPostgresMigrationsOptions>;

/** The DDL `prisma migrate` uses on PostgreSQL (prisma-engines, sql-schema-connector `flavour/postgres`). */
const createMigrationsTableSql = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

/** Any fixed number: every Takumi process migrating one database takes the same advisory lock. */
const migrationLockKey = 7_305_420_116;

/**
 * The PostgreSQL counterpart of `applyMigrations`: applies the pending migrations of
 * `prisma/postgresql/migrations` and records them in `_prisma_migrations` as `prisma migrate deploy`
 * would. PostgreSQL DDL is transactional, so all pending migrations commit together or not at all;
 * a transaction-scoped advisory lock makes concurrent starts (a bot and workers) wait for each other.
 *
 * @returns the names applied now, oldest first.
 * @throws DatabaseError as `applyMigrations`, plus the connection errors of {@link toPostgresError}.
 */
export async function applyPostgresMigrations(options: ApplyPostgresMigrationsOptions): Promise<string[]> {
  const { url, safeUrl } = parsePostgresUrl(options.databaseUrl);
  const migrations = readMigrations(
    options.migrationsDirectory ?? defaultApplyPostgresMigrationsOptions.migrationsDirectory,
    'postgresql',
  );
  const lockTimeout = options.lockTimeoutMilliseconds ?? defaultApplyPostgresMigrationsOptions.lockTimeoutMilliseconds;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: lockTimeout });
  try {
    await client.connect();
    const first = await inspect(client, migrations, safeUrl);
    if (first.length === 0) return [];
    await client.query('BEGIN');
    await client.query(`SET LOCAL lock_timeout = ${Math.round(lockTimeout)}`);
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    // Another process may have migrated while we waited for the lock.
    const pending = await inspect(client, migrations, safeUrl);
    await client.query(createMigrationsTableSql);
    for (const migration of pending) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "started_at", "migration_name") VALUES ($1, $2, clock_timestamp(), $3)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await client.query(migration.script);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new DatabaseError(
          'DATABASE_MIGRATION_FAILED',
          `Migration ${migration.name} failed on ${safeUrl}: ${reason}. Nothing was changed. Fix ` +
            `${migration.scriptPath} if it is new (migration scripts must not contain BEGIN/COMMIT), then retry.`,
          { filePath: safeUrl, migration: migration.name, cause: reason },
          { cause: error },
        );
      }
      await client.query(
        `UPDATE "_prisma_migrations" SET "applied_steps_count" = "applied_steps_count" + 1, "finished_at" = clock_timestamp()
         WHERE "id" = $1`,
        [id],
      );
    }
    await client.query('COMMIT');
    return pending.map((migration) => migration.name);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw toPostgresError(error, safeUrl);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function inspect(
  client: pg.Client,
  migrations: ReturnType<typeof readMigrations>,
  where: string,
): Promise<ReturnType<typeof readMigrations>> {
  // A plain catalog query (an MVCC snapshot), not to_regclass: its cache may not yet know a table
  // another process committed while we waited for the advisory lock.
  const exists = await client.query(
    `SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'`,
  );
  if (exists.rows.length === 0) {
    const tables = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename LIMIT 5`,
    );
    if (tables.rows.length > 0) {
      const names = tables.rows.map((row) => row.tablename);
      throw new DatabaseError(
        'DATABASE_NOT_EMPTY',
        `${where} already has tables (${names.join(', ')}) but no migration history, so it was not created by ` +
          'Takumi. Point DATABASE_URL at an empty database (CREATE DATABASE takumi).',
        { filePath: where, tables: names },
      );
    }
    return migrations;
  }
  const rows = await client.query<MigrationHistoryRow>(
    `SELECT "checksum", "finished_at", "migration_name", "rolled_back_at"
     FROM "_prisma_migrations" ORDER BY "started_at" ASC`,
  );
  return findPendingMigrations(rows.rows, migrations, where);
}
