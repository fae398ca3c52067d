/**
 * Top-1 / top-5 accuracy of the embedding model on the shared ImageNet sample (one photo per class).
 *   npm run eval:imagenet -- [--json] [--limit N] [--precision fp32|int8]
 * With --precision int8 the fp32 model runs on the same photos too, and the int8 accuracy gate is checked:
 * top-1 and top-5 within 1 point of fp32, mean cosine between int8 and fp32 embeddings ≥ 0.98.
 * The last stdout line with --json: {"images":1000,"precision":…,"top1":…,"top5":…} plus, for int8,
 * "fp32":{"top1","top5"},"meanCosine":…,"gatePassed":….
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import type { ModelPrecision } from '../src/data/model/resnet-model-source.ts';
import { ImageEmbedder } from '../src/engine/embedding/image-embedder.ts';
import { isMainModule } from './is-main-module.ts';

/** The int8 accuracy gate (issue 13): at most 1 point lost at top-1 and top-5, embeddings nearly parallel. */
export const int8GateLimits = { top1Drop: 0.01 + 1e-9, top5Drop: 0.01 + 1e-9, meanCosine: 0.98 } as const;

export interface ImagenetEvaluation {
  images: number;
  byPrecision: Partial<Record<ModelPrecision, { top1: number; top5: number; failed: string[] }>>;
  /** Mean cosine between the first two precisions' embeddings of each photo (when two ran). */
  meanCosine: number | undefined;
}

/**
 * Classifies the sample photos with each precision. File names start with the WordNet id; the sorted ids
 * of all 1000 files give the class index. `limit` takes an evenly spread subset (every n-th class).
 */
export async function evaluateImagenet(options: {
  sampleDirectory: string;
  limit?: number;
  threads?: number;
  precisions?: readonly ModelPrecision[];
}): Promise<ImagenetEvaluation> {
  const config = loadConfig();
  const all = (await readdir(options.sampleDirectory)).filter((name) => /^n\d{8}_/.test(name)).sort();
  const classIndex = new Map(
    [...new Set(all.map((name) => name.slice(0, 9)))].sort().map((wnid, index) => [wnid, index] as const),
  );
  const step = options.limit ? Math.max(1, Math.floor(all.length / options.limit)) : 1;
  const chosen = all.filter((_, index) => index % step === 0).slice(0, options.limit ?? all.length);
  const byPrecision: ImagenetEvaluation['byPrecision'] = {};
  const vectors: Map<string, Float32Array>[] = [];
  for (const precision of options.precisions ?? ['fp32']) {
    const model = await ensureResnetModel({ ...config, precision });
    const embedder = await ImageEmbedder.create({
      modelPath: model.modelPath,
      labels: model.labels,
      threads: options.threads ?? config.threads,
      topK: 5,
    });
    let top1 = 0;
    let top5 = 0;
    const failed: string[] = [];
    const embeddings = new Map<string, Float32Array>();
    try {
      const sources = chosen.map((name) => ({
        id: name,
        read: () => readFile(path.join(options.sampleDirectory, name)),
      }));
      for await (const outcome of embedder.embed(sources)) {
        if ('error' in outcome) {
          failed.push(`${outcome.id}: ${outcome.error.message}`);
          continue;
        }
        embeddings.set(outcome.id, outcome.embedding.vector);
        const truth = classIndex.get(outcome.id.slice(0, 9));
        const predicted = outcome.embedding.topLabels.map((label) => label.index);
        if (predicted[0] === truth) top1 += 1;
        if (predicted.includes(truth!)) top5 += 1;
      }
    } finally {
      await embedder.dispose();
    }
    byPrecision[precision] = { top1: top1 / chosen.length, top5: top5 / chosen.length, failed };
    vectors.push(embeddings);
  }
  return { images: chosen.length, byPrecision, meanCosine: meanCosine(vectors[0], vectors[1]) };
}

function meanCosine(left: Map<string, Float32Array> | undefined, right: Map<string, Float32Array> | undefined) {
  if (!left || !right) return undefined;
  let sum = 0;
  let count = 0;
  for (const [id, a] of left) {
    const b = right.get(id);
    if (!b) continue;
    let dot = 0;
    let normA = 0;
    let normB = 0;
    for (let index = 0; index < a.length; index += 1) {
      dot += a[index]! * b[index]!;
      normA += a[index]! ** 2;
      normB += b[index]! ** 2;
    }
    sum += dot / Math.sqrt(normA * normB);
    count += 1;
  }
  return count > 0 ? sum / count : undefined;
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      precision: { type: 'string', default: 'fp32' },
    },
  });
  if (values.precision !== 'fp32' && values.precision !== 'int8') {
    console.error(`--precision must be fp32 or int8, got ${values.precision}`);
    process.exit(2);
  }
  const precision = values.precision;
  const sampleDirectory = path.join(loadConfig().sharedDirectory, 'datasets/imagenet-sample');
  const result = await evaluateImagenet({
    sampleDirectory,
    precisions: precision === 'int8' ? ['fp32', 'int8'] : ['fp32'],
    ...(values.limit ? { limit: Number(values.limit) } : {}),
  });
  const main = result.byPrecision[precision]!;
  const fp32 = result.byPrecision.fp32!;
  for (const failure of Object.values(result.byPrecision).flatMap((entry) => entry.failed))
    console.error(`failed: ${failure}`);
  const gatePassed =
    precision === 'int8'
      ? fp32.top1 - main.top1 <= int8GateLimits.top1Drop &&
        fp32.top5 - main.top5 <= int8GateLimits.top5Drop &&
        (result.meanCosine ?? 0) >= int8GateLimits.meanCosine
      : undefined;
  if (values.json) {
    console.log(
      JSON.stringify({
        images: result.images,
        precision,
        top1: main.top1,
        top5: main.top5,
        ...(precision === 'int8'
          ? { fp32: { top1: fp32.top1, top5: fp32.top5 }, meanCosine: result.meanCosine, gatePassed }
          : {}),
      }),
    );
  } else {
    const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
    console.log(`${result.images} images, ${precision}: top-1 ${percent(main.top1)}, top-5 ${percent(main.top5)}`);
    if (precision === 'int8')
      console.log(
        `fp32: top-1 ${percent(fp32.top1)}, top-5 ${percent(fp32.top5)}; mean cosine int8/fp32 ${result.meanCosine?.toFixed(4)}; gate ${gatePassed ? 'passed' : 'FAILED'}`,
      );
  }
  if (gatePassed === false) process.exitCode = 1;
}
