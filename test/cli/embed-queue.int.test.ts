import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { makeJpeg } from '../support/fixture-images.ts';
import { modelForTests } from '../support/model-for-tests.ts';
import { runCli } from '../support/run-cli.ts';
import { createPostgresDatabase, testPostgresUrl } from '../support/test-database.ts';

interface QueuedSummary {
  queued: {
    files: number;
    alreadyStored: number;
    missing: number;
    enqueued: number;
    failed: { path: string; error: { code: string } }[];
  };
}

describe.skipIf(testPostgresUrl === undefined)('takumi embed on PostgreSQL queues photo jobs (real CLI)', () => {
  let home: string;
  let databaseUrl: string;
  let environment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await modelForTests();
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-embed-queue-'));
    databaseUrl = await createPostgresDatabase(testPostgresUrl!);
    environment = {
      ...process.env,
      TAKUMI_HOME: home,
      TAKUMI_MODEL_DIR: loadConfig().modelDirectory,
      DATABASE_URL: databaseUrl,
      TAKUMI_THREADS: '1',
    };
  });
  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  const countEmbeddings = async (): Promise<number> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "Embedding"')).rows[0]!.n);
    } finally {
      await client.end();
    }
  };

  it('embeds nothing itself, queues each distinct photo once, shows progress in status, and workers finish it', async () => {
    const photos = path.join(home, 'photos');
    await mkdir(photos);
    const distinct = 6;
    for (let seed = 0; seed < distinct; seed += 1)
      await writeFile(path.join(photos, `p${seed}.jpg`), await makeJpeg(seed + 700));
    // A copy of one photo (queued once) and a file that is not an image (reported, not queued).
    await copyFile(path.join(photos, 'p0.jpg'), path.join(photos, 'p0-copy.jpg'));
    await writeFile(path.join(photos, 'notes.txt'), 'not a photo');

    const first = await runCli(['embed', photos, '--json'], environment);
    expect(first.stderr).not.toMatch(/Unexpected error/);
    expect(first.code).toBe(0);
    const queued = (JSON.parse(first.stdout.trim().split('\n').at(-1)!) as QueuedSummary).queued;
    expect(queued).toMatchObject({ files: distinct + 2, alreadyStored: 0, missing: distinct, enqueued: distinct });
    expect(queued.failed).toEqual([
      expect.objectContaining({
        path: path.join(photos, 'notes.txt'),
        error: expect.objectContaining({ code: 'IMAGE_NOT_AN_IMAGE' }),
      }),
    ]);
    // Queued, not embedded in this process.
    expect(await countEmbeddings()).toBe(0);

    const waiting = await runCli(['status'], environment);
    expect(waiting.code).toBe(0);
    expect(waiting.stdout).toMatch(new RegExp(`Photo queue: ${distinct} waiting, 0 in progress, 0 done, 0 failed`));

    // Embedding the folder again before any worker ran adds no job.
    const again = (
      JSON.parse(
        (await runCli(['embed', photos, '--json'], environment)).stdout.trim().split('\n').at(-1)!,
      ) as QueuedSummary
    ).queued;
    expect(again).toMatchObject({ missing: distinct, enqueued: 0 });

    const worker = await runCli(['worker', '--exit-when-done', '--json'], environment);
    expect(worker.code).toBe(0);
    expect(JSON.parse(worker.stdout) as { embedded: number }).toMatchObject({ embedded: distinct });
    expect(await countEmbeddings()).toBe(distinct);

    const done = JSON.parse((await runCli(['status', '--json'], environment)).stdout) as {
      queue: { counts: { waiting: number; active: number; completed: number; failed: number } };
    };
    expect(done.queue.counts).toEqual({ waiting: 0, active: 0, completed: distinct, failed: 0 });

    // Everything stored now: nothing to queue, exit 0.
    const last = await runCli(['embed', photos, '--json'], environment);
    expect(last.code).toBe(0);
    expect((JSON.parse(last.stdout.trim().split('\n').at(-1)!) as QueuedSummary).queued).toMatchObject({
      alreadyStored: distinct,
      missing: 0,
      enqueued: 0,
    });
  }, 300_000);
});
