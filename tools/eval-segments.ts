/**
 * End-to-end evaluation of the analytics pipeline on a planted-truth dataset.
 *   npm run eval:segments -- [--json] [--customers 1000] [--seed 7] [--precision fp32|int8|auto] [--photo-share 0.25]
 * Generates customers with hidden personas posting photos from the shared ImageNet sample, imports
 * them (photos embedded by the real ResNet-50 into a fresh database), runs themes → features → CLV →
 * segments → behavior prediction exactly as the product does, and scores the result against the truth.
 * `--photo-share s` (< 1): only a share s of the customers (drawn at random) post photos, and each persona
 * buys in its own way ({@link partialPhotoBehaviors}), so the personas are buying-behavior groups that
 * must be recovered for the customers without photos too (ARI over all customers; bar 0.8 at s = 0.25).
 * The last stdout line with --json: {"ari":…,"accuracy":…,"bayesAccuracy":…,"auc":…,"segments":…,"photoShare":…}
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/load-config.ts';
import { loadSegmentationRun } from '../src/data/analysis/load-segmentation-run.ts';
import { runBehaviorPrediction } from '../src/data/analysis/run-behavior-prediction.ts';
import { runSegmentationAnalysis } from '../src/data/analysis/run-segmentation-analysis.ts';
import { openDatabase } from '../src/data/database/open-database.ts';
import { importDataset } from '../src/data/ingest/import-dataset.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import type { PrecisionSetting } from '../src/data/model/select-precision.ts';
import { adjustedRandIndex } from '../src/engine/clustering/adjusted-rand-index.ts';
import { ImageEmbedder } from '../src/engine/embedding/image-embedder.ts';
import { isMainModule } from './is-main-module.ts';
import { generatePlantedDataset } from './planted/generate-planted-dataset.ts';
import { partialPhotoBehaviors } from './planted/partial-photo-behaviors.ts';
import { writePlantedDataset } from './planted/write-planted-dataset.ts';

export interface SegmentEvaluation {
  ari: number;
  accuracy: number;
  /** Accuracy of the Bayes-optimal rule (knows persona and frequency) on the drawn labels. */
  bayesAccuracy: number;
  /** Its expected accuracy, mean max(p, 1 − p), for reference. */
  expectedBayesAccuracy: number;
  auc: number;
  segments: number;
  themes: number;
  seconds: number;
}

/** Runs the whole pipeline on a planted dataset in a scratch folder and scores it. */
export async function evaluateSegments(options: {
  customers: number;
  seed: number;
  /** Embedding model precision (default: TAKUMI_PRECISION, else auto). */
  precision?: PrecisionSetting;
  /** Share of customers with photos (default 1: all, the original evaluation). */
  photoShare?: number;
  log?: (line: string) => void;
}): Promise<SegmentEvaluation> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const config = loadConfig();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'takumi-eval-segments-'));
  const photoShare = options.photoShare ?? 1;
  const planted = generatePlantedDataset({
    customers: options.customers,
    seed: options.seed,
    ...(photoShare < 1 ? { photoShare, purchaseBehaviors: partialPhotoBehaviors } : {}),
  });
  const files = writePlantedDataset(planted, scratch);
  const model = await ensureResnetModel({ ...config, precision: options.precision ?? config.precision });
  log(`embedding with ${model.modelId} (${model.precisionReason})`);
  const databasePath = path.join(scratch, 'eval.db');
  const database = await openDatabase({ databaseUrl: `file:${databasePath}` });
  // Embeddings of the sample photos are kept between runs (keyed by file hash and model, so a cached
  // vector is exactly what the model would compute); everything else starts from scratch.
  const cache = path.join(config.home, 'eval-cache', 'embeddings.db');
  // Only this model's vectors come in, so the analysis reads them and never another precision's.
  copyEmbeddings(cache, databasePath, model.modelId);
  const embedder = await ImageEmbedder.create({
    modelPath: model.modelPath,
    labels: model.labels,
    threads: config.threads,
  });
  try {
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'planted',
      customersFile: files.customers,
      transactionsFile: files.transactions,
      photos: files.photos,
      // The manifest names the shared sample photos by absolute path, outside the scratch folder.
      photosRoot: planted.truth.parameters.photoDirectory,
      embedding: { embedder, modelId: model.modelId },
    });
    if (report.fileErrors.length > 0 || report.rowErrors.length > 0)
      throw new Error(`Import problems: ${JSON.stringify([...report.fileErrors, ...report.rowErrors].slice(0, 3))}`);
    log(`imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    copyEmbeddings(databasePath, cache);
    const analysis = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'planted',
      options: { seed: options.seed, threads: config.threads },
    });
    log(
      `${analysis.themes.length} themes, segments of ${analysis.segments.map((segment) => segment.size).join(', ')}; silhouette by k: ${analysis.segmentSilhouette?.map((score) => `${score.k}:${score.silhouette.toFixed(3)}`).join(' ')}`,
    );
    const prediction = await runBehaviorPrediction({
      prisma: database.prisma,
      datasetName: 'planted',
      target: 'responded',
      options: { seed: options.seed },
    });
    log(`${prediction.chosenModel}: accuracy ${prediction.accuracy.toFixed(3)}, AUC ${prediction.auc.toFixed(3)}`);

    const { assignments } = await loadSegmentationRun(database.prisma, 'planted', analysis.runId);
    const customers = await database.prisma.customer.findMany({ select: { id: true, externalId: true } });
    const personaByExternalId = new Map(
      planted.truth.customers.map((customer) => [
        customer.customerId,
        planted.truth.personaNames.indexOf(customer.persona),
      ]),
    );
    const truth = customers.map((customer) => personaByExternalId.get(customer.externalId)!);
    const found = customers.map((customer) => assignments.segmentByCustomer.get(customer.id)!);
    return {
      ari: adjustedRandIndex(truth, found),
      accuracy: prediction.accuracy,
      bayesAccuracy: planted.truth.realisedBayesAccuracy,
      expectedBayesAccuracy: planted.truth.bayesAccuracy,
      auc: prediction.auc,
      segments: analysis.segments.length,
      themes: analysis.themes.length,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await embedder.dispose();
    await database.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Copies Embedding rows (of one model when given) from one SQLite file to another, creating the table if needed. */
export function copyEmbeddings(from: string, to: string, modelId?: string): void {
  if (!existsSync(from)) return;
  mkdirSync(path.dirname(to), { recursive: true });
  const target = new Database(to);
  try {
    target.exec(`ATTACH DATABASE '${from.replaceAll("'", "''")}' AS source`);
    const columns = '"sha256", "modelId", "vector", "topLabels", "width", "height", "createdAt"';
    target.exec(`CREATE TABLE IF NOT EXISTS main."Embedding" AS SELECT * FROM source."Embedding" WHERE 0`);
    target.exec(
      `INSERT OR IGNORE INTO main."Embedding" (${columns}) SELECT ${columns} FROM source."Embedding" WHERE NOT EXISTS (SELECT 1 FROM main."Embedding" AS existing WHERE existing."sha256" = source."Embedding"."sha256" AND existing."modelId" = source."Embedding"."modelId")${modelId === undefined ? '' : ` AND source."Embedding"."modelId" = '${modelId.replaceAll("'", "''")}'`}`,
    );
  } finally {
    target.close();
  }
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      customers: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      precision: { type: 'string' },
      'photo-share': { type: 'string', default: '1' },
    },
  });
  const precision = values.precision;
  if (precision !== undefined && precision !== 'fp32' && precision !== 'int8' && precision !== 'auto') {
    console.error(`--precision must be fp32, int8 or auto, got ${precision}`);
    process.exit(2);
  }
  const photoShare = Number(values['photo-share']);
  if (!(photoShare > 0 && photoShare <= 1)) {
    console.error(`--photo-share must be a share in (0, 1], e.g. 0.25, got ${values['photo-share']}`);
    process.exit(2);
  }
  const result = await evaluateSegments({
    customers: Number(values.customers),
    seed: Number(values.seed),
    ...(precision ? { precision } : {}),
    photoShare,
    log: (line) => console.error(line),
  });
  console.error(JSON.stringify(result));
  if (values.json)
    console.log(
      JSON.stringify({
        ari: result.ari,
        accuracy: result.accuracy,
        bayesAccuracy: result.bayesAccuracy,
        auc: result.auc,
        segments: result.segments,
        photoShare,
      }),
    );
  else
    console.log(
      `ARI ${result.ari.toFixed(3)} · accuracy ${result.accuracy.toFixed(3)} (Bayes ${result.bayesAccuracy.toFixed(3)}, expected ${result.expectedBayesAccuracy.toFixed(3)}) · AUC ${result.auc.toFixed(3)}`,
    );
}
