import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/data/database/apply-migrations.ts';
import { DatabaseError } from '../../../src/data/data-errors.ts';
import { defaultMigrationsDirectory } from '../../../src/data/database/read-migrations.ts';
import { TakumiError } from '../../../src/core/takumi-error.ts';

let directory: string;
let filePath: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-migration-errors-'));
  filePath = path.join(directory, 'takumi.db');
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

function migrationsWith(extra: Record<string, string>): string {
  const copy = path.join(directory, 'migrations');
  cpSync(defaultMigrationsDirectory, copy, { recursive: true });
  for (const [name, script] of Object.entries(extra)) {
    mkdirSync(path.join(copy, name));
    writeFileSync(path.join(copy, name, 'migration.sql'), script);
  }
  return copy;
}

function tableNames(): string[] {
  const connection = new Database(filePath, { readonly: true });
  try {
    return connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  } finally {
    connection.close();
  }
}

describe('applyMigrations errors', () => {
  it('refuses a PostgreSQL URL (that is applyPostgresMigrations), without echoing the password', async () => {
    const failure = applyMigrations({ databaseUrl: 'postgresql://takumi:secret@db.example:5432/takumi' });
    await expect(failure).rejects.toBeInstanceOf(DatabaseError);
    await expect(failure).rejects.toBeInstanceOf(TakumiError);
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_NOT_SQLITE_URL' });
    await expect(failure).rejects.toThrow(/points at PostgreSQL, but a SQLite file was expected/);
    await expect(failure).rejects.not.toThrow(/secret/);
  });

  it('refuses relative and in-memory SQLite URLs', async () => {
    await expect(applyMigrations({ databaseUrl: 'file:./takumi.db' })).rejects.toMatchObject({
      code: 'DATABASE_URL_RELATIVE',
    });
    await expect(applyMigrations({ databaseUrl: 'file::memory:' })).rejects.toMatchObject({
      code: 'DATABASE_URL_UNSUPPORTED',
    });
    await expect(applyMigrations({ databaseUrl: 'mysql://x' })).rejects.toMatchObject({
      code: 'DATABASE_URL_UNSUPPORTED',
    });
  });

  it('reports a folder that cannot be created as not writable', async () => {
    // Running as root defeats chmod; a regular file where the folder should be fails for anyone.
    writeFileSync(path.join(directory, 'blocker'), '');
    const failure = applyMigrations({ databaseUrl: `file:${path.join(directory, 'blocker', 'takumi.db')}` });
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_NOT_WRITABLE' });
    await expect(failure).rejects.toThrow(/Cannot create or write the database file .*blocker.*TAKUMI_HOME/);
  });

  it('reports a path that is a folder as not writable', async () => {
    mkdirSync(filePath);
    await expect(applyMigrations({ databaseUrl: `file:${filePath}` })).rejects.toMatchObject({
      code: 'DATABASE_NOT_WRITABLE',
    });
  });

  it('reports a file that is not SQLite', async () => {
    writeFileSync(filePath, 'customer_id,amount\n'.repeat(100));
    const failure = applyMigrations({ databaseUrl: `file:${filePath}` });
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_NOT_SQLITE' });
    await expect(failure).rejects.toThrow(/is not a SQLite database/);
  });

  it('leaves a database it did not create alone', async () => {
    const connection = new Database(filePath);
    connection.exec('CREATE TABLE orders (id INTEGER)');
    connection.close();
    const failure = applyMigrations({ databaseUrl: `file:${filePath}` });
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_NOT_EMPTY', details: { tables: ['orders'] } });
    expect(tableNames()).toEqual(['orders']);
  });

  it('rolls every pending migration back when one fails', async () => {
    const migrations = migrationsWith({ '20270101000000_broken': 'CREATE TABLE "Broken" ("id" INTEGER);\nNOT SQL;\n' });
    const failure = applyMigrations({ databaseUrl: `file:${filePath}`, migrationsDirectory: migrations });
    await expect(failure).rejects.toMatchObject({
      code: 'DATABASE_MIGRATION_FAILED',
      details: { migration: '20270101000000_broken' },
    });
    expect(tableNames()).toEqual([]);
  });

  it('refuses a database migrated by a newer Takumi', async () => {
    const newer = migrationsWith({ '20270101000000_add_note': 'ALTER TABLE "Dataset" ADD COLUMN "note" TEXT;\n' });
    await applyMigrations({ databaseUrl: `file:${filePath}`, migrationsDirectory: newer });
    await expect(applyMigrations({ databaseUrl: `file:${filePath}` })).rejects.toMatchObject({
      code: 'DATABASE_NEWER_THAN_CODE',
      details: { migration: '20270101000000_add_note' },
    });
  });

  it('refuses to continue after a migration that Prisma left unfinished', async () => {
    await applyMigrations({ databaseUrl: `file:${filePath}` });
    const connection = new Database(filePath);
    connection
      .prepare(`INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ('x', 'y', ?, ?)`)
      .run(Date.now(), '20270101000000_half');
    connection.close();
    const failure = applyMigrations({ databaseUrl: `file:${filePath}` });
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_MIGRATION_UNFINISHED' });
    await expect(failure).rejects.toThrow(/prisma migrate resolve --rolled-back 20270101000000_half/);
  });

  it('checks foreign keys after a migration, since enforcement is off while migrating', async () => {
    const migrations = migrationsWith({
      '20270101000000_orphan': `INSERT INTO "Customer" ("datasetId", "externalId") VALUES (42, 'orphan');\n`,
    });
    const failure = applyMigrations({ databaseUrl: `file:${filePath}`, migrationsDirectory: migrations });
    await expect(failure).rejects.toMatchObject({
      code: 'DATABASE_MIGRATION_FAILED',
      details: { tables: ['Customer'] },
    });
    expect(tableNames()).toEqual([]);
  });
});
