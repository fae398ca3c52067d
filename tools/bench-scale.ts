/**
 * Takumi at scale: CDNOW's 23,570 customers and ten times as many (235,700, drawn from CDNOW with
 * replacement, seeded, each with a new id), with photos for a share of them.
 *   npm run bench:scale -- [--json] [--sizes 23570,235700] [--database sqlite|postgresql] [--seed 7]
 *                          [--photo-share 0.25]
 * Per size, in a fresh process and a fresh database (PostgreSQL: a throw-away cluster on 127.0.0.1):
 * import (customers, purchases, photo manifest), the segmentation analysis a first question runs
 * (visual themes, customer features, BG/NBD + Gamma-Gamma CLV, segments), then three offline answers
 * on the stored run (segments, ROI of a segment, describe a segment). Prints each stage's time and peak
 * RSS. The sample photos' embeddings are computed once (cached under $TAKUMI_HOME/eval-cache, like
 * eval:segments) and stored before the import: embedding speed is bench:embed's and bench:workers'.
 * The last stdout line with --json:
 *   {"database":…,"machine":…,"runs":[{"customers":…,"transactions":…,"photos":…,"seconds":…,"peakRssMb":…,"stages":{…}},…]}
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../src/config/load-config.ts';
import { openDatabase } from '../src/data/database/open-database.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import { createEmbeddingStore } from '../src/data/embedding-store/embedding-store.ts';
import { embedPhotos } from '../src/data/photos/embed-photos.ts';
import { listPhotoFiles } from '../src/data/photos/list-photo-files.ts';
import { ImageEmbedder } from '../src/engine/embedding/image-embedder.ts';
import { startPostgresCluster } from './postgres-cluster.ts';
import type { StageReport, StageRequest } from './scale/run-scale-stages.ts';
import { writeScaledCdnow } from './scale/write-scaled-cdnow.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '23570,235700' },
    database: { type: 'string', default: 'sqlite' },
    seed: { type: 'string', default: '7' },
    'photo-share': { type: 'string', default: '0.25' },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.replaceAll('_', '')));
if (
  sizes.some((size) => !Number.isInteger(size) || size < 100) ||
  !['sqlite', 'postgresql'].includes(values.database)
) {
  console.error('Usage: npm run bench:scale -- [--json] [--sizes 23570,235700] [--database sqlite|postgresql]');
  process.exit(2);
}
const log = (line: string): void => console.error(line);
const machine = `${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const config = loadConfig();
const photoShare = Number(values['photo-share']);

/** The sample photos' embeddings, computed once per model into a SQLite cache file. */
async function prepareEmbeddingCache(): Promise<{ cache: string; modelId: string; files: string[] }> {
  const model = await ensureResnetModel(config);
  const files = (await listPhotoFiles(path.join(config.sharedDirectory, 'datasets/imagenet-sample')))
    .filter((file) => /\.jpe?g$/i.test(file))
    .sort();
  const cache = path.join(config.home, 'eval-cache', 'embeddings.db');
  const database = await openDatabase({ databaseUrl: `file:${cache}` });
  const embedder = await ImageEmbedder.create({
    modelPath: model.modelPath,
    labels: model.labels,
    threads: config.threads,
  });
  try {
    const summary = await embedPhotos({ embedder, store: createEmbeddingStore(database.prisma, model.modelId), files });
    log(`sample photos: ${summary.cached} cached, ${summary.embedded} embedded now (${model.modelId})`);
  } finally {
    await embedder.dispose();
    await database.close();
  }
  return { cache, modelId: model.modelId, files };
}

function runChild(request: StageRequest): Promise<StageReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'tools/scale/run-scale-stages.ts'), JSON.stringify(request)],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as StageReport);
      else
        reject(
          new Error(`the ${request.files.customersFile} run ended with ${code ?? signal}: ${stdout.slice(-2000)}`),
        );
    });
  });
}

const prepared = await prepareEmbeddingCache();
const runs: (StageReport & { customers: number; transactions: number; photos: number; seconds: number })[] = [];
for (const customers of sizes) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'takumi-bench-scale-'));
  const cluster = values.database === 'postgresql' ? await startPostgresCluster() : null;
  try {
    const files = await writeScaledCdnow({
      masterFile: path.join(config.sharedDirectory, 'datasets/cdnow/CDNOW_master.txt'),
      directory: path.join(scratch, 'files'),
      customers,
      seed: Number(values.seed),
      photoFiles: photoShare > 0 ? prepared.files : [],
      photoShare,
    });
    log(`${customers} customers: ${files.counts.transactions} purchases, ${files.counts.photos} photo rows`);
    const started = performance.now();
    const report = await runChild({
      files,
      photosRoot: photoShare > 0 ? path.join(config.sharedDirectory, 'datasets/imagenet-sample') : null,
      home: path.join(scratch, 'home'),
      modelDirectory: config.modelDirectory,
      databaseUrl: cluster?.url ?? null,
      embeddingCache: prepared.cache,
      modelId: prepared.modelId,
    });
    const seconds = Object.values(report.stages).reduce((sum, stage) => sum + stage.seconds, 0);
    runs.push({ ...files.counts, seconds: Math.round(seconds * 100) / 100, ...report });
    log(
      `${customers} customers: ${seconds.toFixed(1)} s in all, peak RSS ${report.peakRssMb} MB (${((performance.now() - started) / 1000).toFixed(1)} s with start-up)`,
    );
  } finally {
    cluster?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}
const result = { database: values.database, machine, seed: Number(values.seed), photoShare, runs };
if (values.json) console.log(JSON.stringify(result));
else
  for (const run of runs)
    console.log(
      `${run.customers} customers, ${run.transactions} purchases, ${run.photos} photos (${values.database}): ${Object.entries(
        run.stages,
      )
        .map(([name, stage]) => `${name} ${stage.seconds} s / ${stage.peakRssMb} MB`)
        .join(', ')}; peak RSS ${run.peakRssMb} MB`,
    );
