/**
 * Embedding speed on this machine.
 *   npm run bench:embed -- [--json] [--seconds 6] [--limit 1000]
 * Model-only images/s at batch 1, 8 and 32 (preprocessed tensors, model loaded and warmed up), then
 * end-to-end images/s over the ImageNet sample: JPEG files → hashes → decode/preprocess → ResNet-50 →
 * embeddings stored in a fresh SQLite database (first run, empty cache), and peak RSS.
 * The last stdout line with --json: {"model":{"1":…,"8":…,"32":…},"endToEnd":…,"peakRssMb":…}
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.ts';
import { openDatabase } from '../src/data/database/open-database.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import { createEmbeddingStore } from '../src/data/photos/create-embedding-store.ts';
import { embedPhotos } from '../src/data/photos/embed-photos.ts';
import { listPhotoFiles } from '../src/data/photos/list-photo-files.ts';
import { ImageEmbedder } from '../src/engine/embedding/image-embedder.ts';
import { inputSize } from '../src/engine/embedding/preprocess-image.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '6' },
    limit: { type: 'string' },
  },
});
const config = loadConfig();
const model = await ensureResnetModel(config);
const log = (message: string): void => {
  if (!values.json) console.log(message);
};

const modelOnly: Record<string, number> = {};
const embedder = await ImageEmbedder.create({
  modelPath: model.modelPath,
  labels: model.labels,
  threads: config.threads,
});
await embedder.load();
for (const batchSize of [1, 8, 32]) {
  const batch = new Float32Array(batchSize * 3 * inputSize * inputSize);
  for (let index = 0; index < batch.length; index += 1) batch[index] = ((index * 7919) % 255) - 120;
  await embedder.run(batch, batchSize);
  let images = 0;
  const started = performance.now();
  while (performance.now() - started < Number(values.seconds) * 1000) {
    await embedder.run(batch, batchSize);
    images += batchSize;
  }
  modelOnly[String(batchSize)] = round(images / ((performance.now() - started) / 1000));
  log(`model only, batch ${batchSize}: ${modelOnly[String(batchSize)]} img/s`);
}
await embedder.dispose();

const sample = path.join(config.sharedDirectory, 'datasets/imagenet-sample');
const files = (await listPhotoFiles(sample))
  .filter((file) => file.endsWith('.JPEG'))
  .slice(0, values.limit ? Number(values.limit) : undefined);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'takumi-bench-'));
const database = await openDatabase({ databaseUrl: `file:${path.join(scratch, 'bench.db')}` });
const endToEndEmbedder = await ImageEmbedder.create({
  modelPath: model.modelPath,
  labels: model.labels,
  threads: config.threads,
});
const started = performance.now();
const summary = await embedPhotos({
  embedder: endToEndEmbedder,
  store: createEmbeddingStore(database.prisma, model.modelId),
  files,
});
const endToEnd = round(summary.embedded / ((performance.now() - started) / 1000));
await endToEndEmbedder.dispose();
await database.close();
await rm(scratch, { recursive: true, force: true });
log(
  `end to end: ${summary.embedded} photos embedded and stored, ${summary.failed} failed, ${endToEnd} img/s (model load included)`,
);

const cpu = os.cpus()[0]?.model ?? 'unknown';
const flags = readFileSync('/proc/cpuinfo', 'utf8').match(/^flags\s*:(.*)$/m)?.[1] ?? '';
const machine = {
  cpu,
  cores: os.cpus().length,
  threads: config.threads,
  simd: ['avx512f', 'avx2', 'fma'].filter((flag) => flags.includes(` ${flag}`)),
  memoryGb: round(os.totalmem() / 2 ** 30),
};
const peakRssMb = round(process.resourceUsage().maxRSS / 1024);
if (values.json) {
  console.log(JSON.stringify({ machine }));
  console.log(JSON.stringify({ model: modelOnly, endToEnd, peakRssMb }));
} else {
  console.log(`peak RSS ${peakRssMb} MB on ${JSON.stringify(machine)}`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
