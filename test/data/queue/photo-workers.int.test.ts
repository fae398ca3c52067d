import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../../src/config/load-config.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { modelForTests } from '../../support/model-for-tests.ts';
import { cliPath, runCli } from '../../support/run-cli.ts';
import { createPostgresDatabase, testPostgresUrl } from '../../support/test-database.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/ingest');

describe.skipIf(testPostgresUrl === undefined)('photo workers on PostgreSQL (real CLI processes)', () => {
  let home: string;
  let databaseUrl: string;
  let environment: NodeJS.ProcessEnv;
  const photoCount = 14;

  beforeAll(async () => {
    await modelForTests();
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-workers-'));
    databaseUrl = await createPostgresDatabase(testPostgresUrl!);
    environment = {
      ...process.env,
      TAKUMI_HOME: home,
      TAKUMI_MODEL_DIR: loadConfig().modelDirectory,
      DATABASE_URL: databaseUrl,
      TAKUMI_JOB_TIMEOUT_SECONDS: '4',
      TAKUMI_JOB_ATTEMPTS: '2',
      TAKUMI_THREADS: '1',
    };
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  const query = async <Row extends pg.QueryResultRow>(sql: string): Promise<Row[]> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query<Row>(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it('import queues; a worker killed with -9 mid-way loses nothing; each photo is stored once; a poison photo fails after its tries', async () => {
    const photos = path.join(home, 'photos');
    for (const customer of ['C001', 'C002', 'C003']) await mkdir(path.join(photos, customer), { recursive: true });
    for (let seed = 0; seed < photoCount; seed += 1) {
      const customer = ['C001', 'C002', 'C003'][seed % 3]!;
      await writeFile(path.join(photos, customer, `p${String(seed).padStart(2, '0')}.jpg`), await makeJpeg(seed + 500));
    }
    const poison = path.join(photos, 'C001', 'zz-poison.jpg');
    await writeFile(poison, await makeJpeg(9_999));

    const imported = await runCli(
      [
        'import',
        '--dataset',
        'shop',
        '--customers',
        path.join(fixtures, 'customers.csv'),
        '--transactions',
        path.join(fixtures, 'transactions.csv'),
        '--photos',
        photos,
        '--json',
      ],
      environment,
    );
    expect(imported.stderr).not.toMatch(/Unexpected error/);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as { queued: { missing: number; enqueued: number } };
    expect(report.queued).toEqual({ missing: photoCount + 1, enqueued: photoCount + 1 });
    // The poison photo: gone from the share after it was queued, so every try fails.
    await rm(poison);

    // Worker A: killed with SIGKILL (no clean-up) once it has stored a few photos, with a batch in hand.
    const workerA = spawn(process.execPath, [cliPath, 'worker', '--batch-size', '2'], {
      env: environment,
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => workerA.once('exit', resolve));
    const deadline = Date.now() + 120_000;
    let storedAtKill = 0;
    while (Date.now() < deadline) {
      storedAtKill = Number((await query<{ n: string }>('SELECT count(*) AS n FROM "Embedding"'))[0]!.n);
      if (storedAtKill >= 4) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    workerA.kill('SIGKILL');
    await exited;
    expect(storedAtKill).toBeGreaterThanOrEqual(4);
    expect(storedAtKill).toBeLessThan(photoCount);

    // Worker B finishes everything, including the jobs A held once their timeout passes.
    const workerB = await runCli(['worker', '--batch-size', '4', '--exit-when-done', '--json'], environment);
    expect(workerB.stderr).not.toMatch(/Unexpected error/);
    expect(workerB.code).toBe(0);
    const totals = JSON.parse(workerB.stdout) as { embedded: number; failedTries: number };
    // B stored what A had not (A may have saved one more batch between our count and the kill).
    expect(totals.embedded).toBeGreaterThanOrEqual(photoCount - storedAtKill - 2);
    expect(totals.embedded).toBeLessThanOrEqual(photoCount - storedAtKill);
    // The poison photo: 2 tries in all (TAKUMI_JOB_ATTEMPTS; checked in the status below). Which worker
    // makes them depends on the queue's order (job ids are hashes), so B made at most both.
    expect(totals.failedTries).toBeLessThanOrEqual(2);

    const rows = await query<{ sha256: string; n: string }>(
      'SELECT sha256, count(*) AS n FROM "Embedding" GROUP BY sha256',
    );
    expect(rows).toHaveLength(photoCount);
    expect(rows.every((row) => row.n === '1')).toBe(true);

    const status = await runCli(['status', '--json'], environment);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as {
      datasets: { datasetName: string; total: number; embedded: number }[];
      queue: {
        counts: { waiting: number; active: number; completed: number; failed: number };
        failures: { path: string; tries: number; error: string }[];
      };
    };
    expect(parsed.datasets).toMatchObject([{ datasetName: 'shop', total: photoCount + 1, embedded: photoCount }]);
    expect(parsed.queue.counts).toMatchObject({ waiting: 0, active: 0, completed: photoCount, failed: 1 });
    expect(parsed.queue.failures).toHaveLength(1);
    expect(parsed.queue.failures[0]).toMatchObject({ path: poison, tries: 2 });
    expect(parsed.queue.failures[0]!.error).toMatch(/does not exist/);

    const text = await runCli(['status'], environment);
    expect(text.stdout).toContain(`shop: photos analysed ${photoCount} / ${photoCount + 1}`);
    expect(text.stdout).toMatch(/Photo queue: 0 waiting, 0 in progress, 14 done, 1 failed/);
  }, 400_000);
});
