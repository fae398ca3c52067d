/**
 * Visual themes at a million photos, on PostgreSQL:
 *   npm run bench:themes -- [--json] [--photos 1000000] [--compare 25000,50000] [--seed 7]
 * Stores `photos` clustered synthetic 2048-d embeddings (tools/scale/planted-embeddings.ts, 8 planted
 * clusters) as float32 bytea in a throw-away cluster on 127.0.0.1, one dataset holding all of them and
 * one per `--compare` size holding the first N. Each measured step runs in a fresh process (time and
 * peak RSS of that process):
 *   - reduce: fit the seeded PCA reducer (64 components) and store every embedding's reduced vector
 *     (once per embedding; later analyses skip it);
 *   - new: findThemesInDatabase on the whole dataset (sampled k-means on reduced vectors, assignment in pages);
 *   - new@N and old@N at each compare size: the new path, and the old one (every 2048-d vector loaded,
 *     then findVisualThemes), and the adjusted Rand index between their themes. The old path's peak RSS
 *     at the two sizes gives its per-photo cost, extrapolated linearly to `photos` (stated as such).
 * Theme settings in every step: k chosen in 4…12 by silhouette, 2 k-means++ starts, no restarts.
 * The last stdout line with --json:
 *   {"machine":…,"photos":…,"insertSeconds":…,"reduce":{seconds,peakRssMb},"new":{seconds,peakRssMb,themes},
 *    "compare":[{"photos":N,"new":{…},"old":{…},"ari":…}],"oldExtrapolated":{"peakRssMb":…,"vectorMb":…}}
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { projectRoot } from '../src/config/load-config.ts';
import { openDatabase } from '../src/data/database/open-database.ts';
import { adjustedRandIndex } from '../src/engine/clustering/adjusted-rand-index.ts';
import { startPostgresCluster } from './postgres-cluster.ts';
import { createPlantedEmbeddings } from './scale/planted-embeddings.ts';
import type { ThemeStepReport } from './scale/run-theme-step.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    photos: { type: 'string', default: '1000000' },
    compare: { type: 'string', default: '25000,50000' },
    seed: { type: 'string', default: '7' },
  },
});
const photos = Number(values.photos);
const compareSizes = values.compare.split(',').map(Number);
const seed = Number(values.seed);
const modelId = 'planted-2048@1';
const log = (message: string) => console.error(`[bench:themes] ${message}`);

const cluster = await startPostgresCluster();
try {
  const url = new URL(cluster.url);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE takumi_themes');
  await admin.end();
  url.pathname = '/takumi_themes';
  const databaseUrl = url.toString();
  // Migrations, as Takumi applies them at start.
  await (await openDatabase({ databaseUrl })).close();

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  const planted = createPlantedEmbeddings({ seed });
  const datasets: { name: string; size: number; id: number }[] = [];
  for (const [name, size] of [
    ['all', photos],
    ...compareSizes.map((size) => [`first-${size}`, size] as const),
  ] as const) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Dataset" ("name", "updatedAt") VALUES ($1, now()) RETURNING "id"`,
      [name],
    );
    datasets.push({ name, size, id: rows[0]!.id });
  }
  const labels = (index: number) =>
    JSON.stringify([
      { index: 200 + planted.cluster(index), label: `class_${planted.cluster(index)}`, probability: 0.9 },
    ]);
  const batch = 500;
  for (let start = 0; start < photos; start += batch) {
    const count = Math.min(batch, photos - start);
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (let offset = 0; offset < count; offset += 1) {
      const index = start + offset;
      const vector = planted.vector(index);
      params.push(
        planted.sha256(index),
        Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength),
        labels(index),
      );
      const base = offset * 3;
      tuples.push(`($${base + 1}, '${modelId}', $${base + 2}, $${base + 3}, 224, 224)`);
    }
    await client.query(
      `INSERT INTO "Embedding" ("sha256", "modelId", "vector", "topLabels", "width", "height") VALUES ${tuples.join(', ')}`,
      params,
    );
    if (start % 100_000 === 0) log(`stored ${start} embeddings`);
  }
  // One customer per 10 photos; photos linked by SHA-256, as an import links them.
  for (const dataset of datasets) {
    await client.query(
      `INSERT INTO "Customer" ("datasetId", "externalId") SELECT $1, 'C' || g FROM generate_series(0, $2::int / 10) g`,
      [dataset.id, dataset.size],
    );
    await client.query(
      `INSERT INTO "Photo" ("datasetId", "customerId", "path", "sha256")
       SELECT $1, c."id", '/photos/' || e."id" || '.jpg', e."sha256"
       FROM (SELECT "id", "sha256", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Embedding" ORDER BY "id" LIMIT $2) e
       JOIN "Customer" c ON c."datasetId" = $1 AND c."externalId" = 'C' || (e.n / 10)`,
      [dataset.id, dataset.size],
    );
  }
  await client.query('ANALYZE');
  const insertSeconds = (performance.now() - started) / 1000;
  const { rows: sizeRows } = await client.query<{ bytes: string }>(
    `SELECT pg_total_relation_size('"Embedding"') AS bytes`,
  );
  await client.end();
  log(`stored ${photos} embeddings and photos in ${insertSeconds.toFixed(1)} s`);

  const step = async (request: Record<string, unknown>): Promise<ThemeStepReport> => {
    log(`step ${JSON.stringify(request)}`);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(projectRoot, 'tools/scale/run-theme-step.ts'),
        JSON.stringify({ databaseUrl, modelId, ...request }),
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`theme step ${JSON.stringify(request)} exited with ${code}`);
    const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as ThemeStepReport;
    log(`  ${report.seconds.toFixed(1)} s, peak RSS ${report.peakRssMb.toFixed(0)} MB`);
    return report;
  };
  const all = datasets[0]!;
  const reduce = await step({ path: 'reduce', datasetId: all.id });
  const fresh = await step({ path: 'new', datasetId: all.id });
  const compare = [];
  for (const dataset of datasets.slice(1)) {
    const newer = await step({ path: 'new', datasetId: dataset.id, labelsFile: true });
    const older = await step({ path: 'old', datasetId: dataset.id, labelsFile: true });
    const byShaNew = new Map(readLabels(newer.labelsFile!));
    const oldLabels = readLabels(older.labelsFile!);
    const ari = adjustedRandIndex(
      oldLabels.map(([, label]) => label),
      oldLabels.map(([sha256]) => byShaNew.get(sha256)!),
    );
    compare.push({ photos: dataset.size, new: strip(newer), old: strip(older), ari: round(ari, 4) });
  }
  const [small, large] = [compare[0]!, compare.at(-1)!];
  const perPhotoMb = (large.old.peakRssMb - small.old.peakRssMb) / (large.photos - small.photos);
  const report = {
    machine: `${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${round(os.totalmem() / 2 ** 30, 0)} GiB, load ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
    photos,
    embeddingTableMb: round(Number(sizeRows[0]!.bytes) / 2 ** 20, 0),
    insertSeconds: round(insertSeconds, 1),
    reduce: strip(reduce),
    new: strip(fresh),
    compare,
    oldExtrapolated: {
      note: 'old path peak RSS extrapolated linearly from its two measured sizes; not run at this size',
      peakRssMb: round(large.old.peakRssMb + perPhotoMb * (photos - large.photos), 0),
      perPhotoKb: round(perPhotoMb * 1024, 2),
      vectorMb: round((photos * 2048 * 4) / 2 ** 20, 0),
    },
  };
  if (values.json) console.log(JSON.stringify(report));
  else console.log(JSON.stringify(report, null, 2));
} finally {
  cluster.stop();
}

function readLabels(file: string): [string, number][] {
  return JSON.parse(readFileSync(file, 'utf8')) as [string, number][];
}

function strip(report: ThemeStepReport) {
  const { labelsFile: _ignored, ...rest } = report;
  return rest;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
