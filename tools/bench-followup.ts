/**
 * How long a question takes on CDNOW with photos, first and as a follow-up.
 *   npm run bench:followup -- [--json] [--photo-customers 500] [--seed 7]
 * Builds CDNOW's 2,357-customer sample (amounts in USD) with photos from the shared ImageNet sample for
 * `--photo-customers` of them, imports it into a scratch database (photos embedded by the real model;
 * embeddings cached under $TAKUMI_HOME/eval-cache like eval:segments), then asks the offline agent a
 * first question (segmentation computed) and follow-ups on the unchanged data (segmentation reused).
 * The last stdout line with --json: {"customers":…,"firstSeconds":…,"followUpSeconds":[…],"maxFollowUpSeconds":…}
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/agent/answer-question.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { isMainModule } from './is-main-module.ts';

export interface FollowUpBenchmark {
  customers: number;
  photoCustomers: number;
  firstSeconds: number;
  followUpSeconds: number[];
  maxFollowUpSeconds: number;
  segments: number;
}

const questions = {
  first: '顧客をセグメントに分けて',
  followUps: ['セグメント1を説明して', 'セグメント1のROIは？費用は1人2ドル', 'summarize segment 2 for the meeting'],
};

/** Writes CDNOW's sample as Takumi import files; `photoCustomers` customers get 1–4 sample photos. */
function writeCdnowFiles(directory: string, shared: string, photoCustomers: number, seed: number) {
  const lines = readFileSync(path.join(shared, 'datasets/cdnow/CDNOW_sample.txt'), 'utf8').trim().split('\n');
  const ids = new Set<string>();
  const purchases = lines.map((line) => {
    const [, sampleId, day, , dollars] = line.trim().split(/\s+/);
    ids.add(sampleId!);
    return `${sampleId},${day},${dollars}`;
  });
  const customers = [...ids].sort((left, right) => Number(left) - Number(right));
  const sample = path.join(shared, 'datasets/imagenet-sample');
  const photos = readdirSync(sample)
    .filter((name) => name.endsWith('.JPEG'))
    .sort();
  // A small seeded LCG: the bench must not depend on engine internals to pick its customers.
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffled = customers.map((id) => ({ id, key: next() }));
  shuffled.sort((left, right) => left.key - right.key);
  const posters = shuffled.slice(0, photoCustomers).map((entry) => entry.id);
  const manifest = posters.flatMap((id) =>
    Array.from(
      { length: 1 + Math.floor(next() * 4) },
      () => `${id},${path.join(sample, photos[Math.floor(next() * 300)]!)},`,
    ),
  );
  mkdirSync(directory, { recursive: true });
  const write = (name: string, text: string): string => {
    writeFileSync(path.join(directory, name), text);
    return path.join(directory, name);
  };
  return {
    customers: write('customers.csv', `customer_id\n${customers.join('\n')}\n`),
    transactions: write('transactions.csv', `customer_id,date,amount\n${purchases.join('\n')}\n`),
    photos: write('photos.csv', `customer_id,path,posted_at\n${manifest.join('\n')}\n`),
    photosRoot: sample,
    count: customers.length,
  };
}

export async function benchmarkFollowUp(options: {
  photoCustomers: number;
  seed: number;
  log?: (line: string) => void;
}): Promise<FollowUpBenchmark> {
  const log = options.log ?? (() => {});
  const base = loadConfig();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'takumi-bench-followup-'));
  // The scratch home gets its own database; the converted model and the embedding cache are shared.
  process.env['TAKUMI_HOME'] = scratch;
  process.env['TAKUMI_MODEL_DIR'] = base.modelDirectory;
  delete process.env['DATABASE_URL'];
  delete process.env['OPENAI_API_KEY'];
  const { copyEmbeddings } = await import('./eval-segments.ts');
  const { openDatabase } = await import('../src/data/database/open-database.ts');
  const { importDataset } = await import('../src/data/ingest/import-dataset.ts');
  const { ensureResnetModel } = await import('../src/data/model/ensure-resnet-model.ts');
  const { ImageEmbedder } = await import('../src/engine/embedding/image-embedder.ts');
  const { createRuntime } = await import('../src/agent/create-runtime.ts');
  const { allTools } = await import('../src/tools/all-tools.ts');
  try {
    const config = loadConfig();
    const files = writeCdnowFiles(
      path.join(scratch, 'cdnow'),
      base.sharedDirectory,
      options.photoCustomers,
      options.seed,
    );
    const cache = path.join(base.home, 'eval-cache', 'embeddings.db');
    const databasePath = path.join(scratch, 'takumi.db');
    const database = await openDatabase({ databaseUrl: config.databaseUrl });
    await database.close();
    copyEmbeddings(cache, databasePath);
    const model = await ensureResnetModel(config);
    const embedder = await ImageEmbedder.create({
      modelPath: model.modelPath,
      labels: model.labels,
      threads: config.threads,
    });
    const importing = await openDatabase({ databaseUrl: config.databaseUrl });
    try {
      const report = await importDataset({
        prisma: importing.prisma,
        datasetName: 'cdnow',
        customersFile: files.customers,
        transactionsFile: files.transactions,
        photos: files.photos,
        photosRoot: files.photosRoot,
        currency: 'USD',
        embedding: { embedder, modelId: model.modelId },
      });
      log(
        `imported: ${JSON.stringify({ customers: report.customers, transactions: report.transactions, photos: report.photos })}`,
      );
    } finally {
      await embedder.dispose();
      await importing.close();
    }
    copyEmbeddings(databasePath, cache);

    const runtime = await createRuntime();
    try {
      // Each tool's own time, so a slow follow-up shows where its time goes.
      const timedTools = allTools.map((tool) => ({
        ...tool,
        run: async (input: never, context: never) => {
          const started = performance.now();
          try {
            return await tool.run(input, context);
          } finally {
            log(`    ${tool.name} ${((performance.now() - started) / 1000).toFixed(2)} s`);
          }
        },
      })) as unknown as typeof allTools;
      const ask = async (question: string): Promise<number> => {
        const started = performance.now();
        const result = await answerQuestion({
          question,
          tools: timedTools,
          prisma: runtime.database.prisma,
          config: runtime.config,
          logger: runtime.logger,
          defaultDataset: 'cdnow',
          chartFonts: runtime.chartFonts,
          sensitiveValues: runtime.sensitiveValues,
        });
        const seconds = (performance.now() - started) / 1000;
        log(`${seconds.toFixed(2)} s  ${question} → ${result.toolCalls.map((call) => call.name).join(', ')}`);
        return seconds;
      };
      const firstSeconds = await ask(questions.first);
      const followUpSeconds: number[] = [];
      for (const question of questions.followUps) followUpSeconds.push(await ask(question));
      const runs = await runtime.database.prisma.run.findMany({
        where: { kind: 'segmentation' },
        include: { results: { where: { key: 'summary' } } },
      });
      const segments = (JSON.parse(runs.at(-1)?.results[0]?.value ?? '{"segments":[]}') as { segments: unknown[] })
        .segments.length;
      log(`segmentation runs stored: ${runs.length}`);
      return {
        customers: files.count,
        photoCustomers: options.photoCustomers,
        firstSeconds,
        followUpSeconds,
        maxFollowUpSeconds: followUpSeconds.reduce((most, seconds) => Math.max(most, seconds), 0),
        segments,
      };
    } finally {
      await runtime.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      'photo-customers': { type: 'string', default: '500' },
      seed: { type: 'string', default: '7' },
    },
  });
  const result = await benchmarkFollowUp({
    photoCustomers: Number(values['photo-customers']),
    seed: Number(values.seed),
    log: (line) => console.error(line),
  });
  console.error(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`);
  console.log(
    values.json
      ? JSON.stringify(result)
      : `first ${result.firstSeconds.toFixed(2)} s, follow-ups ${result.followUpSeconds.map((seconds) => seconds.toFixed(2)).join(' / ')} s`,
  );
}
