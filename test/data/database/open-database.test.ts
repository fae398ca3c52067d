import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { defaultMigrationsDirectory } from '../../../src/data/database/read-migrations.ts';
import { Prisma } from '../../../src/generated/prisma/client.ts';

let directory: string;
let databaseUrl: string;
const opened: TakumiDatabase[] = [];

beforeEach(() => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-open-'));
  databaseUrl = `file:${path.join(directory, 'home', 'takumi.db')}`;
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
  rmSync(directory, { recursive: true, force: true });
});

async function open(options: { migrationsDirectory?: string } = {}): Promise<TakumiDatabase> {
  const database = await openDatabase({ databaseUrl, ...options });
  opened.push(database);
  return database;
}

/** One row in every table, through the generated client: fails if schema and migration disagree. */
async function seed(database: TakumiDatabase): Promise<void> {
  const { prisma } = database;
  const dataset = await prisma.dataset.create({ data: { name: 'spring-2026' } });
  const customer = await prisma.customer.create({
    data: { datasetId: dataset.id, externalId: 'C-001', attributes: JSON.stringify({ city: 'Kyoto' }) },
  });
  await prisma.transaction.create({
    data: {
      datasetId: dataset.id,
      customerId: customer.id,
      date: new Date('2026-03-01T09:30:15.123Z'),
      amount: 1234.5,
      sourceFile: 'transactions.csv',
      sourceLine: 2,
    },
  });
  await prisma.photo.create({
    data: { datasetId: dataset.id, customerId: customer.id, path: 'photos/C-001/a.jpg', sha256: 'a'.repeat(64) },
  });
  const run = await prisma.run.create({
    data: { datasetId: dataset.id, kind: 'segments', seed: 2_147_483_647, status: 'succeeded', finishedAt: new Date() },
  });
  await prisma.runResult.create({ data: { runId: run.id, key: 'segment:0:profile', value: '{"size":1}' } });
  await prisma.customerAssignment.create({ data: { runId: run.id, customerId: customer.id, label: 0, score: 0.75 } });
  await prisma.embedding.create({
    data: {
      sha256: 'a'.repeat(64),
      modelId: 'resnet50-keras-imagenet@1',
      vector: new Uint8Array([0, 0, 128, 63]),
      topLabels: '[]',
      width: 224,
      height: 224,
    },
  });
}

describe('openDatabase', () => {
  it('creates the database folder, migrates, and returns a working client', async () => {
    const database = await open();
    expect(database.appliedMigrations).toEqual([
      '20261122131352_init',
      '20261122135250_slack_threads',
      '20261201211500_dataset_currency_version',
      '20261201220000_import_lock_slack_questions',
      '20261202014500_dataset_gross_margin',
      '20261202033000_audience_exports',
      '20261202040000_embedding_reductions',
      '20261202043000_described_populations',
      '20261202050000_slack_question_resume',
    ]);
    expect(database.filePath).toBe(path.join(directory, 'home', 'takumi.db'));
    await seed(database);
    const customer = await database.prisma.customer.findFirstOrThrow({
      include: {
        transactions: true,
        photos: true,
        assignments: true,
        dataset: { include: { runs: { include: { results: true } } } },
      },
    });
    expect(customer.transactions[0]?.date.toISOString()).toBe('2026-03-01T09:30:15.123Z');
    expect(customer.transactions[0]?.amount).toBe(1234.5);
    expect(customer.photos[0]?.postedAt).toBeNull();
    expect(customer.assignments[0]).toMatchObject({ label: 0, score: 0.75 });
    expect(customer.dataset.runs[0]).toMatchObject({
      seed: 2_147_483_647,
      parameters: '{}',
      warnings: '[]',
      error: null,
    });
    expect(customer.dataset.runs[0]?.results[0]?.key).toBe('segment:0:profile');
  });

  it('keeps everything stored by a first open when opened again', async () => {
    const first = await open();
    await seed(first);
    await first.close();
    opened.splice(opened.indexOf(first), 1);

    const second = await open();
    expect(second.appliedMigrations).toEqual([]);
    const counts = await Promise.all([
      second.prisma.dataset.count(),
      second.prisma.customer.count(),
      second.prisma.transaction.count(),
      second.prisma.photo.count(),
      second.prisma.run.count(),
      second.prisma.runResult.count(),
      second.prisma.customerAssignment.count(),
      second.prisma.embedding.count(),
    ]);
    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('makes re-importing a transaction line a unique-key conflict, not a second row', async () => {
    const database = await open();
    await seed(database);
    const existing = await database.prisma.transaction.findFirstOrThrow();
    const again = database.prisma.transaction.create({
      data: { ...existing, id: undefined, amount: 99 },
    });
    await expect(again).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(again).rejects.toMatchObject({ code: 'P2002' });
    expect(await database.prisma.transaction.count()).toBe(1);
  });

  it('enforces foreign keys and deletes a dataset with everything in it', async () => {
    const database = await open();
    await seed(database);
    const orphan = database.prisma.customer.create({ data: { datasetId: 999, externalId: 'nobody' } });
    await expect(orphan).rejects.toMatchObject({ code: 'P2003' });
    await database.prisma.dataset.deleteMany();
    const remaining = await Promise.all([
      database.prisma.customer.count(),
      database.prisma.transaction.count(),
      database.prisma.photo.count(),
      database.prisma.run.count(),
      database.prisma.runResult.count(),
      database.prisma.customerAssignment.count(),
    ]);
    expect(remaining).toEqual([0, 0, 0, 0, 0, 0]);
    // Embeddings are keyed by file content and shared across datasets.
    expect(await database.prisma.embedding.count()).toBe(1);
  });

  it('refuses to open when an applied migration was edited', async () => {
    const migrations = path.join(directory, 'migrations');
    cpSync(defaultMigrationsDirectory, migrations, { recursive: true });
    const first = await open({ migrationsDirectory: migrations });
    await first.close();
    opened.splice(opened.indexOf(first), 1);
    const scriptPath = path.join(migrations, '20261122131352_init', 'migration.sql');
    writeFileSync(scriptPath, readFileSync(scriptPath, 'utf8').replace('"label" INTEGER', '"label" TEXT'));
    await expect(open({ migrationsDirectory: migrations })).rejects.toMatchObject({
      name: 'DatabaseError',
      code: 'DATABASE_MIGRATION_CHECKSUM_MISMATCH',
    });
  });

  it('says a PostgreSQL server cannot be reached, without echoing the password', async () => {
    // Port 9 on localhost: nothing listens there.
    databaseUrl = 'postgresql://takumi:secret@127.0.0.1:9/takumi';
    const failure = open();
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    await expect(failure).rejects.toThrow(
      /Cannot reach the PostgreSQL server of postgresql:\/\/takumi:\*\*\*@127\.0\.0\.1:9/,
    );
    await expect(failure).rejects.not.toThrow(/secret/);
  });
});
