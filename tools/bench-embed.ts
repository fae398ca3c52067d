/**
 * Embedding speed on this machine, fp32 and int8 side by side, against PyTorch when it is installed.
 *   npm run bench:embed -- [--json] [--seconds 6] [--limit 1000]
 * For each precision: model-only images/s at batch 1, 8 and 32 (preprocessed tensors, model loaded and
 * warmed up), then end-to-end images/s over the ImageNet sample: JPEG files → hashes → decode/preprocess
 * → ResNet-50 → embeddings stored in a fresh SQLite database (first run, empty cache), with the share of
 * time the model waited for decoded photos. The peer is Debian's PyTorch (tools/reference/
 * torch-resnet-peer.py, `/usr/bin/python3` or TAKUMI_PYTHON); without torch its ratios are null.
 * The last stdout line with --json:
 *   {"ratios":{"int8VsFp32","fp32VsTorch","int8VsTorch","endToEndVsTorch"},"path":…,"fp32":…,"int8":…,
 *    "torch":…,"machine":…,"peakRssMb":…}
 * (the first three ratios model-only at batch 32; endToEndVsTorch: the default precision's end-to-end).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.ts';
import { openDatabase } from '../src/data/database/open-database.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import type { ModelPrecision } from '../src/data/model/resnet-model-source.ts';
import { readCpuFeatures } from '../src/data/model/select-precision.ts';
import { createEmbeddingStore } from '../src/data/embedding-store/embedding-store.ts';
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
const seconds = Number(values.seconds);
const log = (message: string): void => {
  if (!values.json) console.log(message);
};
const sample = path.join(config.sharedDirectory, 'datasets/imagenet-sample');
const files = (await listPhotoFiles(sample))
  .filter((file) => file.endsWith('.JPEG'))
  .slice(0, values.limit ? Number(values.limit) : undefined);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'takumi-bench-'));

interface PrecisionFigures {
  modelId: string;
  model: Record<string, number>;
  endToEnd: number;
  modelWaitShare: number;
  failed: number;
}

async function measure(precision: ModelPrecision): Promise<PrecisionFigures> {
  const model = await ensureResnetModel({ ...config, precision });
  const embedder = await ImageEmbedder.create({
    modelPath: model.modelPath,
    labels: model.labels,
    threads: config.threads,
  });
  const modelOnly: Record<string, number> = {};
  try {
    await embedder.load();
    for (const batchSize of [1, 8, 32]) {
      const batch = new Float32Array(batchSize * 3 * inputSize * inputSize);
      for (let index = 0; index < batch.length; index += 1) batch[index] = ((index * 7919) % 255) - 120;
      await embedder.run(batch, batchSize);
      let images = 0;
      const started = performance.now();
      while (performance.now() - started < seconds * 1000) {
        await embedder.run(batch, batchSize);
        images += batchSize;
      }
      modelOnly[String(batchSize)] = round(images / ((performance.now() - started) / 1000));
      log(`${precision} model only, batch ${batchSize}: ${modelOnly[String(batchSize)]} img/s`);
    }
  } finally {
    await embedder.dispose();
  }
  const database = await openDatabase({ databaseUrl: `file:${path.join(scratch, `${precision}.db`)}` });
  const endToEndEmbedder = await ImageEmbedder.create({
    modelPath: model.modelPath,
    labels: model.labels,
    threads: config.threads,
  });
  try {
    const started = performance.now();
    const summary = await embedPhotos({
      embedder: endToEndEmbedder,
      store: createEmbeddingStore(database.prisma, model.modelId),
      files,
    });
    const endToEnd = round(summary.embedded / ((performance.now() - started) / 1000));
    log(
      `${precision} end to end: ${summary.embedded} photos embedded and stored, ${summary.failed} failed, ${endToEnd} img/s (model load included), model waited ${(summary.modelWaitShare * 100).toFixed(1)} % of the time`,
    );
    return {
      modelId: model.modelId,
      model: modelOnly,
      endToEnd,
      modelWaitShare: round(summary.modelWaitShare, 3),
      failed: summary.failed,
    };
  } finally {
    await endToEndEmbedder.dispose();
    await database.close();
  }
}

/** The PyTorch peer on the same files, or null with the reason when torch is not installed. */
async function measureTorch(): Promise<{ model: Record<string, number>; endToEnd: number } | { absent: string }> {
  const list = path.join(scratch, 'files.txt');
  await writeFile(list, files.join('\n'));
  const python = process.env.TAKUMI_PYTHON ?? '/usr/bin/python3';
  const script = path.join(import.meta.dirname, 'reference/torch-resnet-peer.py');
  const child = spawnSync(python, [script, String(seconds), list], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !line) return { absent: line || child.error?.message || child.stderr.trim().slice(-300) };
  const parsed = JSON.parse(line) as { model: Record<string, number>; endToEnd: number };
  return {
    ...parsed,
    model: Object.fromEntries(Object.entries(parsed.model).map(([batch, rate]) => [batch, round(rate)])),
    endToEnd: round(parsed.endToEnd),
  };
}

const defaultModel = await ensureResnetModel(config);
const fp32 = await measure('fp32');
const int8 = await measure('int8');
const torch = await measureTorch();
if ('absent' in torch) log(`PyTorch peer: not measured (${torch.absent})`);
else log(`PyTorch peer: model only ${JSON.stringify(torch.model)} img/s, end to end ${torch.endToEnd} img/s`);
await rm(scratch, { recursive: true, force: true });

const cpu = readCpuFeatures();
const ratio = (numerator: number | undefined, denominator: number | undefined): number | null =>
  numerator && denominator ? round(numerator / denominator, 2) : null;
const peer = 'absent' in torch ? undefined : torch;
const chosen = defaultModel.precision === 'int8' ? int8 : fp32;
const result = {
  ratios: {
    int8VsFp32: ratio(int8.model['32'], fp32.model['32']),
    fp32VsTorch: ratio(fp32.model['32'], peer?.model['32']),
    int8VsTorch: ratio(int8.model['32'], peer?.model['32']),
    endToEndVsTorch: ratio(chosen.endToEnd, peer?.endToEnd),
  },
  path: {
    precision: defaultModel.precision,
    reason: defaultModel.precisionReason,
    int8Kernels: cpu.amx
      ? 'AMX'
      : cpu.vnni
        ? 'VNNI (u8s8 dot products)'
        : 'AVX2 (no VNNI: u8s8 via 16-bit multiply-add)',
  },
  fp32,
  int8,
  torch: peer ?? null,
  machine: {
    cpu: cpu.model,
    cores: cpu.cores,
    threads: config.threads,
    flags: cpu.flags,
    memoryGb: round(os.totalmem() / 2 ** 30),
    photos: files.length,
  },
  peakRssMb: round(process.resourceUsage().maxRSS / 1024),
};
if (values.json) console.log(JSON.stringify(result));
else
  console.log(
    `ratios ${JSON.stringify(result.ratios)}; path ${JSON.stringify(result.path)}; ${JSON.stringify(result.machine)}`,
  );

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
