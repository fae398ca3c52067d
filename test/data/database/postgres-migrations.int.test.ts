import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import {
  defaultMigrationsDirectory,
  defaultPostgresMigrationsDirectory,
} from '../../../src/data/database/read-migrations.ts';
import { createPostgresDatabase, testPostgresUrl } from '../../support/test-database.ts';

const folders = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe('PostgreSQL migrations mirror the SQLite ones', () => {
  it('has a PostgreSQL twin, same folder name, for every SQLite migration', () => {
    expect(folders(defaultPostgresMigrationsDirectory)).toEqual(folders(defaultMigrationsDirectory));
    expect(readFileSync(path.join(defaultPostgresMigrationsDirectory, 'migration_lock.toml'), 'utf8')).toMatch(
      /provider = "postgresql"/,
    );
  });
});

describe.skipIf(testPostgresUrl === undefined)('openDatabase on PostgreSQL', () => {
  const serverUrl = testPostgresUrl!;
  const opened: TakumiDatabase[] = [];
  const directories: string[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((database) => database.close()));
    for (const directory of directories) rmSync(directory, { recursive: true, force: true });
  });
  const open = async (databaseUrl: string, migrationsDirectory?: string): Promise<TakumiDatabase> => {
    const database = await openDatabase({ databaseUrl, ...(migrationsDirectory ? { migrationsDirectory } : {}) });
    opened.push(database);
    return database;
  };
  const query = async <Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<Row>(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it('applies every migration once, in Prisma’s history format, also when several processes start at once', async () => {
    const url = await createPostgresDatabase(serverUrl);
    const results = await Promise.all([open(url), open(url), open(url)]);
    const applied = results.map((database) => database.appliedMigrations);
    // Exactly one of the concurrent opens migrated; the others found nothing pending.
    expect(applied.filter((names) => names.length > 0)).toEqual([folders(defaultPostgresMigrationsDirectory)]);
    const history = await query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(history.map((row) => row.migration_name)).toEqual(folders(defaultPostgresMigrationsDirectory));
    expect(history.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.applied_steps_count === 1)).toBe(true);
    expect((await open(url)).appliedMigrations).toEqual([]);
    expect(results[0]!.provider).toBe('postgresql');
  });

  it('has the same tables and columns as the SQLite schema', async () => {
    const url = await createPostgresDatabase(serverUrl);
    await open(url);
    const directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-pg-parity-'));
    directories.push(directory);
    const sqlite = await open(`file:${path.join(directory, 'takumi.db')}`);
    const file = new Database(sqlite.filePath, { readonly: true });
    const tables = file
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all() as string[];
    const sqliteColumns = tables.flatMap((table) =>
      (file.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; notnull: number }[]).map(
        (column) => `${table}.${column.name}${column.notnull ? ' not null' : ''}`,
      ),
    );
    file.close();
    const postgresColumns = (
      await query<{ column: string }>(
        url,
        `SELECT table_name || '.' || column_name || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END AS "column"
         FROM information_schema.columns WHERE table_schema = 'public'`,
      )
    ).map((row) => row.column);
    expect([...postgresColumns].sort()).toEqual([...sqliteColumns].sort());
  });

  it('stores and reads every column type through the generated client (bytes, dates, floats)', async () => {
    const database = await open(await createPostgresDatabase(serverUrl));
    const vector = new Uint8Array([0, 0, 128, 63, 0, 0, 0, 64]);
    await database.prisma.embedding.create({
      data: { sha256: 'a'.repeat(64), modelId: 'm@1', vector, topLabels: '[]', width: 2, height: 3 },
    });
    const dataset = await database.prisma.dataset.create({ data: { name: 'shop' } });
    const customer = await database.prisma.customer.create({ data: { datasetId: dataset.id, externalId: 'C1' } });
    const date = new Date('2026-03-01T09:30:15.123Z');
    await database.prisma.transaction.create({
      data: {
        datasetId: dataset.id,
        customerId: customer.id,
        date,
        amount: 1234.5,
        sourceFile: 't.csv',
        sourceLine: 2,
      },
    });
    const stored = await database.prisma.embedding.findFirstOrThrow();
    expect([...stored.vector]).toEqual([...vector]);
    const transaction = await database.prisma.transaction.findFirstOrThrow();
    expect(transaction.date.toISOString()).toBe(date.toISOString());
    expect(transaction.amount).toBe(1234.5);
  });

  it('refuses an edited migration and a database it did not create', async () => {
    const url = await createPostgresDatabase(serverUrl);
    const directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-pg-migrations-'));
    directories.push(directory);
    cpSync(defaultPostgresMigrationsDirectory, directory, { recursive: true });
    const first = await openDatabase({ databaseUrl: url, migrationsDirectory: directory });
    await first.close();
    const script = path.join(directory, '20261122131352_init', 'migration.sql');
    writeFileSync(script, readFileSync(script, 'utf8').replace('"label" INTEGER', '"label" TEXT'));
    await expect(openDatabase({ databaseUrl: url, migrationsDirectory: directory })).rejects.toMatchObject({
      code: 'DATABASE_MIGRATION_CHECKSUM_MISMATCH',
    });

    const foreign = await createPostgresDatabase(serverUrl);
    await query(foreign, 'CREATE TABLE "orders" (id integer)');
    await expect(openDatabase({ databaseUrl: foreign })).rejects.toMatchObject({ code: 'DATABASE_NOT_EMPTY' });
  });
});
