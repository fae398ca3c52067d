/**
 * Top-1 / top-5 accuracy of the embedding model on the shared ImageNet sample (one photo per class).
 *   npm run eval:imagenet -- [--json] [--limit N]
 * The last stdout line with --json: {"images":1000,"top1":…,"top5":…}
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import { ImageEmbedder } from '../src/engine/embedding/image-embedder.ts';
import { isMainModule } from './is-main-module.ts';

export interface ImagenetEvaluation {
  images: number;
  top1: number;
  top5: number;
  failed: string[];
}

/**
 * Classifies the sample photos. File names start with the WordNet id; the sorted ids of all 1000 files
 * give the class index. `limit` takes an evenly spread subset (every n-th class).
 */
export async function evaluateImagenet(options: {
  sampleDirectory: string;
  limit?: number;
  threads?: number;
}): Promise<ImagenetEvaluation> {
  const config = loadConfig();
  const all = (await readdir(options.sampleDirectory)).filter((name) => /^n\d{8}_/.test(name)).sort();
  const classIndex = new Map(
    [...new Set(all.map((name) => name.slice(0, 9)))].sort().map((wnid, index) => [wnid, index] as const),
  );
  const step = options.limit ? Math.max(1, Math.floor(all.length / options.limit)) : 1;
  const chosen = all.filter((_, index) => index % step === 0).slice(0, options.limit ?? all.length);
  const model = await ensureResnetModel(config);
  const embedder = await ImageEmbedder.create({
    modelPath: model.modelPath,
    labels: model.labels,
    threads: options.threads ?? config.threads,
    topK: 5,
  });
  let top1 = 0;
  let top5 = 0;
  const failed: string[] = [];
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
      const truth = classIndex.get(outcome.id.slice(0, 9));
      const predicted = outcome.embedding.topLabels.map((label) => label.index);
      if (predicted[0] === truth) top1 += 1;
      if (predicted.includes(truth!)) top5 += 1;
    }
  } finally {
    await embedder.dispose();
  }
  return { images: chosen.length, top1: top1 / chosen.length, top5: top5 / chosen.length, failed };
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, limit: { type: 'string' } } });
  const sampleDirectory = path.join(loadConfig().sharedDirectory, 'datasets/imagenet-sample');
  const result = await evaluateImagenet({ sampleDirectory, ...(values.limit ? { limit: Number(values.limit) } : {}) });
  for (const failure of result.failed) console.error(`failed: ${failure}`);
  if (values.json) console.log(JSON.stringify({ images: result.images, top1: result.top1, top5: result.top5 }));
  else
    console.log(
      `${result.images} images: top-1 ${(result.top1 * 100).toFixed(1)} %, top-5 ${(result.top5 * 100).toFixed(1)} %`,
    );
}
