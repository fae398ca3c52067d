import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { makeJpeg } from '../support/fixture-images.ts';
import { modelForTests } from '../support/model-for-tests.ts';
import { cliPath, runCli } from '../support/run-cli.ts';

describe('takumi embed (the real CLI in a child process)', () => {
  let home: string;
  let environment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await modelForTests();
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-cli-'));
    environment = { ...process.env, TAKUMI_HOME: home, TAKUMI_MODEL_DIR: loadConfig().modelDirectory };
    delete environment.DATABASE_URL;
  });

  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('resumes an interrupted run without recomputing what was stored', async () => {
    const photos = path.join(home, 'photos');
    await mkdir(photos);
    const total = 40;
    for (let seed = 0; seed < total; seed += 1)
      await writeFile(path.join(photos, `photo-${String(seed).padStart(2, '0')}.jpg`), await makeJpeg(seed + 100));

    // Kill the first run (SIGKILL: no clean-up runs) once a few batches are stored.
    const child = spawn(process.execPath, [cliPath, 'embed', photos, '--batch-size', '4'], {
      env: environment,
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const storedAtKill = await waitForStoredEmbeddings(path.join(home, 'takumi.db'), 8, 120_000);
    child.kill('SIGKILL');
    await exited;
    const stored = countStored(path.join(home, 'takumi.db'));
    expect(stored).toBeGreaterThanOrEqual(storedAtKill);
    expect(stored).toBeLessThan(total);

    const resumed = await runCli(['embed', photos, '--json', '--batch-size', '4'], environment);
    expect(resumed.code).toBe(0);
    const summary = JSON.parse(resumed.stdout.trim().split('\n').at(-1)!) as {
      embedded: number;
      cached: number;
      failed: number;
    };
    expect(summary).toMatchObject({ cached: stored, embedded: total - stored, failed: 0 });
    expect(countStored(path.join(home, 'takumi.db'))).toBe(total);
  }, 240_000);

  it('exits 1 when nothing could be embedded, naming each file and the fix', async () => {
    const photos = path.join(home, 'all-bad');
    await mkdir(photos);
    await writeFile(path.join(photos, 'empty.jpg'), Buffer.alloc(0));
    await writeFile(path.join(photos, 'readme.txt'), 'hello');
    const result = await runCli(['embed', photos], environment);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('0 embedded, 0 already stored, 2 failed');
    expect(result.stdout).toMatch(/empty\.jpg: The file is empty \(0 bytes\)\. Re-export/);
  }, 120_000);

  it('exits 2 with a clear message for a missing folder', async () => {
    const result = await runCli(['embed', path.join(home, 'nope')], environment);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not exist\. Check the path\./);
  }, 60_000);
});

function countStored(databasePath: string): number {
  const connection = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return (connection.prepare('SELECT COUNT(*) AS count FROM "Embedding"').get() as { count: number }).count;
  } finally {
    connection.close();
  }
}

async function waitForStoredEmbeddings(
  databasePath: string,
  atLeast: number,
  timeoutMilliseconds: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (Date.now() < deadline) {
    try {
      const count = countStored(databasePath);
      if (count >= atLeast) return count;
    } catch {
      // The database or its table does not exist yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No ${atLeast} embeddings stored within ${timeoutMilliseconds} ms`);
}

describe('takumi embed usage errors', () => {
  it('exits 2 with the fix for an unknown flag or a non-numeric --threads', async () => {
    const environment = { ...process.env };
    const unknown = await runCli(['embed', '.', '--colour'], environment);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--colour'[\s\S]*takumi embed --help/);
    const threads = await runCli(['embed', '.', '--threads', 'many'], environment);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toMatch(/--threads must be a positive whole number like 2, got "many"/);
  }, 60_000);
});
