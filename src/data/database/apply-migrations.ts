import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseError } from '../data-errors.ts';
import { findPendingMigrations, type MigrationHistoryRow } from './find-pending-migrations.ts';
import { defaultMigrationsDirectory, readMigrations, type MigrationFile } from './read-migrations.ts';
import { resolveSqlitePath } from './resolve-sqlite-path.ts';
import { toDatabaseError } from './to-database-error.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Options of {@link applyMigrations}. */
export interface ApplyMigrationsOptions {
  /** `file:/absolute/path.db`, as from `loadConfig().databaseUrl`. */
  databaseUrl: string;
  /** Folder of `<timestamp>_<name>/migration.sql` folders. */
  migrationsDirectory?: string;
  /** How long to wait while another process holds the write lock (it may be migrating too). */
  lockTimeoutMilliseconds?: number;
}

export const defaultApplyMigrationsOptions = {
  migrationsDirectory: defaultMigrationsDirectory,
  lockTimeoutMilliseconds: 30_000,
} as const satisfies Partial<ApplyMigrationsOptions>;

/**
 * The DDL `prisma migrate` itself uses for SQLite (prisma-engines, sql-schema-connector
 * `flavour/sqlite.rs`), so the Prisma CLI later reads our history as its own.
 */
const createMigrationsTableSql = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

/**
 * Applies the pending migrations of `prisma/migrations` to the SQLite database, creating the
 * file (and its folder) if needed, and records each in `_prisma_migrations` exactly as
 * `prisma migrate deploy` would (random UUID id, SHA-256 checksum, started/finished times as
 * Unix milliseconds, applied_steps_count 1), so the Prisma CLI can take over later.
 *
 * Safe to call on every start and from several processes at once: pending work is re-checked
 * under `BEGIN IMMEDIATE`, and all pending migrations commit together or not at all. Also
 * switches the file to WAL journaling so readers do not wait for a long import.
 *
 * @returns the names of the migrations applied now, oldest first (empty when up to date).
 * @throws DatabaseError `DATABASE_MIGRATION_CHECKSUM_MISMATCH` when an applied migration.sql was
 *   edited, `DATABASE_NEWER_THAN_CODE`, `DATABASE_MIGRATION_UNFINISHED`, `DATABASE_NOT_EMPTY`,
 *   `DATABASE_MIGRATION_FAILED`, or the file errors of {@link toDatabaseError}.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const filePath = resolveSqlitePath(options.databaseUrl);
  const migrations = readMigrations(options.migrationsDirectory ?? defaultApplyMigrationsOptions.migrationsDirectory);
  const connection = openConnection(
    filePath,
    options.lockTimeoutMilliseconds ?? defaultApplyMigrationsOptions.lockTimeoutMilliseconds,
  );
  try {
    // A read-only look first: when nothing is pending (every start but the first after an
    // upgrade) we never queue behind another process's long write transaction.
    connection.exec('BEGIN');
    const pendingAtFirstLook = inspect(connection, migrations, filePath);
    connection.exec('COMMIT');
    if (pendingAtFirstLook.length === 0) return [];

    connection.exec('BEGIN IMMEDIATE');
    // Another process may have migrated while we waited for the lock.
    const pending = inspect(connection, migrations, filePath);
    if (!tableExists(connection, '_prisma_migrations')) connection.exec(createMigrationsTableSql);
    for (const migration of pending) runMigration(connection, migration, filePath);
    checkForeignKeys(connection, pending, filePath);
    connection.exec('COMMIT');
    return pending.map((migration) => migration.name);
  } catch (error) {
    if (connection.inTransaction) connection.exec('ROLLBACK');
    throw toDatabaseError(error, filePath);
  } finally {
    connection.close();
  }
}

function openConnection(filePath: string, lockTimeoutMilliseconds: number): Database.Database {
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    // SQLite silently opens a write-protected file read-only; fail here with the real reason.
    accessSync(path.dirname(filePath), constants.W_OK);
    if (existsSync(filePath)) accessSync(filePath, constants.R_OK | constants.W_OK);
    const connection = new Database(filePath, { timeout: lockTimeoutMilliseconds });
    try {
      // Migrations may redefine tables (CREATE new_X, copy, DROP X): with enforcement on, the
      // DROP would run ON DELETE CASCADE on the children. Integrity is checked before COMMIT.
      connection.pragma('foreign_keys = OFF');
      switchToWriteAheadLog(connection);
    } catch (error) {
      connection.close();
      throw error;
    }
    return connection;
  } catch (error) {
    throw toDatabaseError(error, filePath);
  }
}

/**
 * WAL lets readers (the bot answering) proceed during a long write (an import). The mode is
 * stored in the file, so this only changes anything on the first open. Two processes switching
 * a fresh file at once deadlock on the upgrade to an exclusive lock and SQLite fails one of
 * them at once with SQLITE_BUSY, bypassing the busy timeout; that one can go on without
 * switching, since the other is doing it.
 */
function switchToWriteAheadLog(connection: Database.Database): void {
  try {
    connection.pragma('journal_mode = WAL');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (!code.startsWith('SQLITE_BUSY')) throw error;
  }
}

function tableExists(connection: Database.Database, name: string): boolean {
  return connection.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/** Checks the recorded history against the migration files; returns the pending ones. */
function inspect(connection: Database.Database, migrations: MigrationFile[], filePath: string): MigrationFile[] {
  if (!tableExists(connection, '_prisma_migrations')) {
    const tables = connection
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
      .pluck()
      .all() as string[];
    if (tables.length > 0) {
      throw new DatabaseError(
        'DATABASE_NOT_EMPTY',
        `${filePath} already has tables (${tables.slice(0, 5).join(', ')}) but no migration history, so it was not ` +
          'created by Takumi. Set DATABASE_URL to another file, or move this one away.',
        { filePath, tables },
      );
    }
    return migrations;
  }
  const rows = connection
    .prepare(
      `SELECT "checksum", "finished_at", "migration_name", "rolled_back_at"
       FROM "_prisma_migrations" ORDER BY "started_at" ASC`,
    )
    .all() as MigrationHistoryRow[];
  return findPendingMigrations(rows, migrations, filePath);
}

function runMigration(connection: Database.Database, migration: MigrationFile, filePath: string): void {
  const id = randomUUID();
  connection
    .prepare(`INSERT INTO "_prisma_migrations" ("id", "checksum", "started_at", "migration_name") VALUES (?, ?, ?, ?)`)
    .run(id, migration.checksum, Date.now(), migration.name);
  try {
    connection.exec(migration.script);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(
      'DATABASE_MIGRATION_FAILED',
      `Migration ${migration.name} failed on ${filePath}: ${reason}. Nothing was changed. Fix ` +
        `${migration.scriptPath} if it is new (migration scripts must not contain BEGIN/COMMIT), then retry.`,
      { filePath, migration: migration.name, cause: reason },
      { cause: error },
    );
  }
  connection
    .prepare(
      `UPDATE "_prisma_migrations" SET "applied_steps_count" = "applied_steps_count" + 1, "finished_at" = ? WHERE "id" = ?`,
    )
    .run(Date.now(), id);
}

function checkForeignKeys(connection: Database.Database, pending: MigrationFile[], filePath: string): void {
  const violations = connection.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string }>;
  if (violations.length === 0) return;
  const tables = [...new Set(violations.map((violation) => violation.table))];
  throw new DatabaseError(
    'DATABASE_MIGRATION_FAILED',
    `Migrations ${pending.map((migration) => migration.name).join(', ')} would leave ${groupDigits(violations.length)} rows ` +
      `breaking foreign keys in ${tables.join(', ')} of ${filePath}. Nothing was changed; fix the migration.`,
    { filePath, tables, violations: violations.length },
  );
}
