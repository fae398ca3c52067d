import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/data/database/apply-migrations.ts';
import { defaultMigrationsDirectory } from '../../../src/data/database/read-migrations.ts';

const initMigration = '20261122131352_init';
const slackMigration = '20261122135250_slack_threads';
const currencyMigration = '20261201211500_dataset_currency_version';
/** Every committed migration, in the order they apply. */
const lockMigration = '20261201220000_import_lock_slack_questions';
const marginMigration = '20261202014500_dataset_gross_margin';
const exportMigration = '20261202033000_audience_exports';
const reductionMigration = '20261202040000_embedding_reductions';
const populationsMigration = '20261202043000_described_populations';
const resumeMigration = '20261202050000_slack_question_resume';
const allMigrations = [
  initMigration,
  slackMigration,
  currencyMigration,
  lockMigration,
  marginMigration,
  exportMigration,
  reductionMigration,
  populationsMigration,
  resumeMigration,
];
// `sha256sum prisma/migrations/20261122131352_init/migration.sql` (GNU coreutils), taken when the
// migration was written; Prisma's own schema engine (@prisma/schema-engine-wasm, run once by hand)
// generated a byte-identical script for prisma/schema.prisma and recorded this same checksum when it
// applied it. Applied migrations are immutable: if this fails, the file was edited.
const initChecksum = 'cdaf7a3244b76330f605a327180c7fbfa7bc173340fe18054f3d41f47fb50689';
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-migrations-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

function query<T>(filePath: string, sql: string): T[] {
  const connection = new Database(filePath, { readonly: true });
  try {
    return connection.prepare(sql).all() as T[];
  } finally {
    connection.close();
  }
}

/** A writable copy of prisma/migrations. */
function copyMigrations(): string {
  const copy = path.join(directory, 'migrations');
  cpSync(defaultMigrationsDirectory, copy, { recursive: true });
  return copy;
}

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: number | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: number | null;
  started_at: number;
  applied_steps_count: number;
}

describe('applyMigrations', () => {
  it('creates the file and folder, applies every migration and records it as Prisma does', async () => {
    const filePath = path.join(directory, 'nested', 'folder', 'takumi.db');
    const before = Date.now();
    const applied = await applyMigrations({ databaseUrl: `file:${filePath}` });
    expect(applied).toEqual(allMigrations);

    const rows = query<MigrationRow>(filePath, 'SELECT * FROM _prisma_migrations ORDER BY migration_name');
    expect(rows).toHaveLength(allMigrations.length);
    const row = rows[0]!;
    expect(row.migration_name).toBe(initMigration);
    expect(row.checksum).toBe(initChecksum);
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.applied_steps_count).toBe(1);
    expect(row.logs).toBeNull();
    expect(row.rolled_back_at).toBeNull();
    // Unix milliseconds, the way Prisma's SQLite schema engine writes DateTime values.
    expect(row.started_at).toBeGreaterThanOrEqual(before);
    expect(row.finished_at).toBeGreaterThanOrEqual(row.started_at);
    expect(row.finished_at).toBeLessThanOrEqual(Date.now());

    const tables = query<{ name: string }>(
      filePath,
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
    expect(tables.map((table) => table.name)).toEqual([
      'AudienceExport',
      'Customer',
      'CustomerAssignment',
      'Dataset',
      'DescribedPopulation',
      'Embedding',
      'EmbeddingReducer',
      'EmbeddingReduction',
      'ImportLock',
      'Photo',
      'Run',
      'RunResult',
      'SlackQuestion',
      'SlackReceipt',
      'SlackThread',
      'Transaction',
      '_prisma_migrations',
      'sqlite_sequence',
    ]);
  });

  it('creates _prisma_migrations with the columns of Prisma’s own SQLite DDL', async () => {
    const filePath = path.join(directory, 'takumi.db');
    await applyMigrations({ databaseUrl: `file:${filePath}` });
    // Transcribed from prisma-engines sql-schema-connector/src/flavour/sqlite.rs create_migrations_table.
    const columns = query<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(
      filePath,
      'PRAGMA table_info(_prisma_migrations)',
    ).map(({ name, type, notnull, dflt_value, pk }) => [name, type, notnull, dflt_value, pk]);
    expect(columns).toEqual([
      ['id', 'TEXT', 1, null, 1],
      ['checksum', 'TEXT', 1, null, 0],
      ['finished_at', 'DATETIME', 0, null, 0],
      ['migration_name', 'TEXT', 1, null, 0],
      ['logs', 'TEXT', 0, null, 0],
      ['rolled_back_at', 'DATETIME', 0, null, 0],
      ['started_at', 'DATETIME', 1, 'current_timestamp', 0],
      ['applied_steps_count', 'INTEGER UNSIGNED', 1, '0', 0],
    ]);
  });

  it('applies nothing when reopened, and only the new migration after an upgrade', async () => {
    const databaseUrl = `file:${path.join(directory, 'takumi.db')}`;
    const firstMigrations = copyMigrations();
    expect(await applyMigrations({ databaseUrl, migrationsDirectory: firstMigrations })).toEqual(allMigrations);
    expect(await applyMigrations({ databaseUrl, migrationsDirectory: firstMigrations })).toEqual([]);

    const addColumn = '20270101000000_add_note';
    mkdirSync(path.join(firstMigrations, addColumn));
    writeFileSync(
      path.join(firstMigrations, addColumn, 'migration.sql'),
      '-- AlterTable\nALTER TABLE "Dataset" ADD COLUMN "note" TEXT;\n',
    );
    expect(await applyMigrations({ databaseUrl, migrationsDirectory: firstMigrations })).toEqual([addColumn]);
    expect(await applyMigrations({ databaseUrl, migrationsDirectory: firstMigrations })).toEqual([]);

    const filePath = path.join(directory, 'takumi.db');
    const names = query<{ migration_name: string }>(
      filePath,
      'SELECT migration_name FROM _prisma_migrations ORDER BY started_at, migration_name',
    );
    expect(names.map((row) => row.migration_name)).toEqual([...allMigrations, addColumn]);
    const columns = query<{ name: string }>(filePath, 'PRAGMA table_info("Dataset")').map((column) => column.name);
    expect(columns).toContain('note');
  });

  it('ignores URL query parameters, as the Prisma CLI does', async () => {
    const filePath = path.join(directory, 'takumi.db');
    expect(await applyMigrations({ databaseUrl: `file:${filePath}?connection_limit=1` })).toEqual(allMigrations);
    expect(await applyMigrations({ databaseUrl: `file:${filePath}` })).toEqual([]);
  });

  it('keeps rows written between opens', async () => {
    const filePath = path.join(directory, 'takumi.db');
    await applyMigrations({ databaseUrl: `file:${filePath}` });
    const connection = new Database(filePath);
    connection.prepare(`INSERT INTO "Dataset" ("name", "updatedAt") VALUES ('spring', 0)`).run();
    connection.close();
    await applyMigrations({ databaseUrl: `file:${filePath}` });
    expect(query<{ name: string }>(filePath, 'SELECT name FROM "Dataset"')).toEqual([{ name: 'spring' }]);
  });

  it('accepts an applied migration checked out with CRLF line endings, as Prisma does', async () => {
    const databaseUrl = `file:${path.join(directory, 'takumi.db')}`;
    const migrations = copyMigrations();
    await applyMigrations({ databaseUrl, migrationsDirectory: migrations });
    const scriptPath = path.join(migrations, initMigration, 'migration.sql');
    writeFileSync(scriptPath, readFileSync(scriptPath, 'utf8').replaceAll('\n', '\r\n'));
    expect(await applyMigrations({ databaseUrl, migrationsDirectory: migrations })).toEqual([]);
  });

  it('refuses an applied migration whose file was edited, naming it and the fix', async () => {
    const filePath = path.join(directory, 'takumi.db');
    const migrations = copyMigrations();
    await applyMigrations({ databaseUrl: `file:${filePath}`, migrationsDirectory: migrations });
    const scriptPath = path.join(migrations, initMigration, 'migration.sql');
    writeFileSync(scriptPath, `${readFileSync(scriptPath, 'utf8')}\n-- edited\n`);

    const failure = applyMigrations({ databaseUrl: `file:${filePath}`, migrationsDirectory: migrations });
    await expect(failure).rejects.toMatchObject({
      name: 'DatabaseError',
      code: 'DATABASE_MIGRATION_CHECKSUM_MISMATCH',
      details: { migration: initMigration, expectedChecksum: initChecksum },
    });
    await expect(failure).rejects.toThrow(
      /Migration 20261122131352_init was edited after it was applied.*git checkout/,
    );
  });

  it('applies concurrently opened files exactly once', async () => {
    const filePath = path.join(directory, 'shared', 'takumi.db');
    const children = Array.from({ length: 6 }, () => startChild([`file:${filePath}`]));
    await Promise.all(children.map((child) => child.ready));
    for (const child of children) child.go();
    const outputs = await Promise.all(children.map((child) => child.output));
    const results = outputs.map(
      (output) => JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { applied?: string[] },
    );
    expect(results.filter((result) => result.applied === undefined)).toEqual([]);
    expect(results.map((result) => result.applied).sort()).toEqual([[], [], [], [], [], allMigrations]);
    expect(query<MigrationRow>(filePath, 'SELECT * FROM _prisma_migrations')).toHaveLength(allMigrations.length);
  });
});

/** Starts apply-migrations-child.ts; `ready` resolves once it has loaded, `go()` lets it run. */
function startChild(args: string[]): { ready: Promise<void>; go: () => void; output: Promise<string> } {
  const script = path.join(repositoryRoot, 'test/data/database/apply-migrations-child.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repositoryRoot });
  let text = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    if (text.includes('ready')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const output = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      markReady();
      if (code === 0) resolve(text);
      else reject(new Error(`child exited ${code}: ${text}`));
    });
  });
  return { ready, go: () => child.stdin.write('go\n'), output };
}
