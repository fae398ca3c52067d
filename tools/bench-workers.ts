/**
 * Embedding workers on PostgreSQL (pg-boss) against in-process embedding, on this machine.
 *   npm run bench:workers -- [--json] [--limit 1000]
 * Starts a throw-away PostgreSQL cluster, then over the ImageNet sample photos: (a) in-process
 * embedding (one onnxruntime thread, stored in PostgreSQL), (b) the photos queued and embedded by 1
 * and by 2 `takumi worker` processes (one onnxruntime thread each), (c) 2 workers where one is killed
 * with SIGKILL once a third of the photos are stored and a third worker is started in its place
 * (its jobs come back after the visibility timeout). Each run starts on a fresh database.
 * The last stdout line with --json:
 *   {"workers":{"1":…,"2":…},"inProcess":…,"overheadMs":…,"killed":{"embedded":…,"duplicates":0,"lost":0},…}
 * photos/s per run; overheadMs = per-photo time with 1 worker minus per-photo time in-process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig, projectRoot } from '../src/config/load-config.ts';
import { openDatabase } from '../src/data/database/open-database.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import { createEmbeddingStore } from '../src/data/embedding-store/embedding-store.ts';
import { embedPhotos } from '../src/data/photos/embed-photos.ts';
import { listPhotoFiles } from '../src/data/photos/list-photo-files.ts';
import { openPhotoQueue } from '../src/data/queue/photo-queue.ts';
import { ImageEmbedder } from '../src/engine/embedding/image-embedder.ts';
import { startPostgresCluster } from './postgres-cluster.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: '1000' } },
});
const log = (message: string): void => {
  if (!values.json) console.log(message);
};
const config = loadConfig();
const model = await ensureResnetModel(config);
const files = (await listPhotoFiles(path.join(config.sharedDirectory, 'datasets/imagenet-sample')))
  .filter((file) => /\.jpe?g$/i.test(file))
  .slice(0, Number(values.limit));
const hashes = await Promise.all(
  files.map(async (file) =>
    createHash('sha256')
      .update(await readFile(file))
      .digest('hex'),
  ),
);
const timeoutSeconds = 10;
const cluster = await startPostgresCluster();
let databaseCount = 0;

async function freshDatabase(): Promise<string> {
  databaseCount += 1;
  const name = `bench_${databaseCount}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await database.close();
  return url.toString();
}

async function count(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function enqueueAll(url: string): Promise<void> {
  const queue = await openPhotoQueue({ databaseUrl: url, attempts: 3, timeoutSeconds });
  await queue.enqueue(files.map((file, index) => ({ path: file, sha256: hashes[index]!, modelId: model.modelId })));
  await queue.stop();
}

function startWorker(url: string): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'bin/takumi.mjs'), 'worker', '--threads', '1', '--exit-when-done', '--json'],
    {
      env: { ...process.env, DATABASE_URL: url, TAKUMI_JOB_TIMEOUT_SECONDS: String(timeoutSeconds) },
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  return { child, done: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

/** Photos/s from the first stored embedding's moment is unfair to nobody: all runs time from the start. */
async function workerRun(workers: number): Promise<number> {
  const url = await freshDatabase();
  await enqueueAll(url);
  const started = performance.now();
  const running = Array.from({ length: workers }, () => startWorker(url));
  await Promise.all(running.map((worker) => worker.done));
  const seconds = (performance.now() - started) / 1000;
  const stored = await count(url, 'SELECT count(*) AS n FROM "Embedding"');
  if (stored !== files.length) throw new Error(`${workers} workers stored ${stored} of ${files.length} photos`);
  return stored / seconds;
}

async function inProcessRun(): Promise<number> {
  const url = await freshDatabase();
  const database = await openDatabase({ databaseUrl: url });
  const embedder = await ImageEmbedder.create({ modelPath: model.modelPath, labels: model.labels, threads: 1 });
  try {
    const started = performance.now();
    const summary = await embedPhotos({ embedder, store: createEmbeddingStore(database.prisma, model.modelId), files });
    return summary.embedded / ((performance.now() - started) / 1000);
  } finally {
    await embedder.dispose();
    await database.close();
  }
}

async function killedRun(): Promise<{ embedded: number; duplicates: number; lost: number; killedAt: number }> {
  const url = await freshDatabase();
  await enqueueAll(url);
  const first = startWorker(url);
  const second = startWorker(url);
  let stored = 0;
  while (stored < files.length / 3) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    stored = await count(url, 'SELECT count(*) AS n FROM "Embedding"');
  }
  first.child.kill('SIGKILL');
  await first.done;
  // A replacement, as a supervisor would start; the killed worker's jobs reach one of them after the timeout.
  const third = startWorker(url);
  await Promise.all([second.done, third.done]);
  const rows = await count(url, 'SELECT count(*) AS n FROM "Embedding"');
  const distinct = await count(url, 'SELECT count(DISTINCT sha256) AS n FROM "Embedding"');
  const wanted = new Set(hashes);
  return { embedded: distinct, duplicates: rows - distinct, lost: wanted.size - distinct, killedAt: stored };
}

try {
  log(`${files.length} photos, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`);
  const inProcess = await inProcessRun();
  log(`in-process (1 thread): ${inProcess.toFixed(2)} photos/s`);
  const one = await workerRun(1);
  log(`1 worker: ${one.toFixed(2)} photos/s`);
  const two = await workerRun(2);
  log(`2 workers: ${two.toFixed(2)} photos/s`);
  const killed = await killedRun();
  log(`2 workers, one killed at ${killed.killedAt} stored: ${JSON.stringify(killed)}`);
  const round = (value: number): number => Math.round(value * 100) / 100;
  const result = {
    workers: { '1': round(one), '2': round(two) },
    inProcess: round(inProcess),
    overheadMs: round(1000 / one - 1000 / inProcess),
    killed: { embedded: killed.embedded, duplicates: killed.duplicates, lost: killed.lost },
    photos: files.length,
    timeoutSeconds,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
  };
  console.log(JSON.stringify(result));
} finally {
  cluster.stop();
}
