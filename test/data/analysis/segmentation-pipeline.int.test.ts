import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSegmentationRun } from '../../../src/data/analysis/load-segmentation-run.ts';
import { runBehaviourPrediction } from '../../../src/data/analysis/run-behaviour-prediction.ts';
import { runSegmentationAnalysis } from '../../../src/data/analysis/run-segmentation-analysis.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { saveEmbeddings } from '../../../src/data/embedding-store/save-embeddings.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { resnetModelSource } from '../../../src/data/model/resnet-model-source.ts';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { simulatePurchaseHistory } from '../../../tools/planted/simulate-purchase-history.ts';
import { makeJpeg } from '../../support/fixture-images.ts';

/**
 * The stored pipeline (import → themes → features → CLV → segments → prediction) on real SQLite.
 * Photos are tiny distinct JPEGs whose embeddings are written directly (synthetic vectors around three
 * directions), so this runs in seconds; the real model is covered by the embedding tests.
 */
describe('segmentation and prediction runs on a stored dataset', () => {
  let directory: string;
  let database: TakumiDatabase;
  const groups = ['pets', 'food', 'cars'] as const;
  const truth = new Map<string, number>();

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-pipeline-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    const random = createRandom(21);
    // Purchases draw from their own stream, so changing the photos leaves them as they are.
    const purchaseRandom = createRandom(5);
    const customers = ['customer_id,name,responded'];
    const transactions = ['customer_id,date,amount'];
    const photos = ['customer_id,path,posted_at'];
    const vectors = new Map<string, Float32Array>();
    await mkdir(path.join(directory, 'photos'));
    for (let index = 0; index < 240; index += 1) {
      const group = index % 3;
      const id = `C${String(index).padStart(3, '0')}`;
      truth.set(id, group);
      customers.push(`${id},Canary Name ${index},${random.next() < [0.2, 0.5, 0.8][group]! ? 1 : 0}`);
      // Purchases from the planted-dataset simulator (gamma rates, exponential lifetimes), so the
      // BG/NBD and Gamma-Gamma models are identifiable as in real data.
      const behaviour = { meanPurchasesPerYear: 6 + group * 4, purchaseRateShape: 2, meanLifetimeDays: 200, meanSpend: 30 + group * 25 };
      for (const purchase of simulatePurchaseHistory(purchaseRandom, behaviour, 180, 120)) {
        transactions.push(`${id},${new Date(Date.UTC(2026, 0, 1 + purchase.day)).toISOString().slice(0, 10)},${purchase.amount}`);
      }
      for (let photo = 0; photo < 6; photo += 1) {
        const file = `${id}-${photo}.jpg`;
        await writeFile(path.join(directory, 'photos', file), await makeJpeg(index * 6 + photo, 16, 16));
        const theme = random.next() < 0.85 ? group : random.integer(3);
        const vector = new Float32Array(48);
        for (let column = 0; column < 48; column += 1) vector[column] = Math.max(0, random.normal() * 0.3 + (column % 3 === theme ? 2 : 0));
        vectors.set(file, vector);
        photos.push(`${id},photos/${file},2026-0${1 + random.integer(6)}-15`);
      }
    }
    await writeFile(path.join(directory, 'customers.csv'), customers.join('\n'));
    await writeFile(path.join(directory, 'transactions.csv'), transactions.join('\n'));
    await writeFile(path.join(directory, 'photos.csv'), photos.join('\n'));
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      customersFile: path.join(directory, 'customers.csv'),
      transactionsFile: path.join(directory, 'transactions.csv'),
      photos: path.join(directory, 'photos.csv'),
    });
    expect(report.fileErrors).toEqual([]);
    expect(report.rowErrors).toEqual([]);
    const stored = await database.prisma.photo.findMany({ select: { path: true, sha256: true } });
    await saveEmbeddings(
      database.prisma,
      resnetModelSource.modelId,
      stored.map((photo) => ({ sha256: photo.sha256, vector: vectors.get(path.basename(photo.path))!, topLabels: [{ index: 0, label: 'synthetic', probability: 1 }], width: 10, height: 10 })),
    );
  });

  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('stores a segmentation run that finds the planted groups and reads back identically', async () => {
    const steps: string[] = [];
    const analysis = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'shop',
      options: { themes: { minK: 2, maxK: 6, components: 8 }, segments: { minSegmentSize: 20 } },
      onStep: (step) => steps.push(`${step.label} ${step.done}/${step.total}`),
    });
    expect(steps).toEqual(['loading 0/4', 'themes 1/4', 'features 2/4', 'segments 3/4', 'done 4/4']);
    expect(analysis.warnings.filter((warning) => /not estimated|Too few/.test(warning))).toEqual([]);
    expect(analysis.themes).toHaveLength(3);
    expect(analysis.segments.length).toBeGreaterThanOrEqual(3);
    expect(analysis.segments.every((segment) => segment.size >= 20)).toBe(true);
    expect(analysis.lifetimeValue?.purchaseModel.r).toBeGreaterThan(0);
    expect(analysis.segments.every((segment) => segment.meanLifetimeValue !== null && segment.meanLifetimeValue > 0)).toBe(true);

    const loaded = await loadSegmentationRun(database.prisma, 'shop');
    expect(loaded.analysis.runId).toBe(analysis.runId);
    expect(loaded.analysis.segments).toEqual(analysis.segments);
    const customers = await database.prisma.customer.findMany({ select: { id: true, externalId: true } });
    const ari = adjustedRandIndex(
      customers.map((customer) => truth.get(customer.externalId)!),
      customers.map((customer) => loaded.assignments.segmentByCustomer.get(customer.id)!),
    );
    // Six photos at 85 % purity plus noisy purchases: about 0.8 observed; chance is 0.
    expect(ari).toBeGreaterThan(0.7);
    // Aggregates only: nothing personal in what a tool would describe.
    expect(JSON.stringify(loaded.analysis)).not.toMatch(/Canary|C0\d\d/);
  });

  it('predicts a 0/1 column from the run, beating the majority baseline', async () => {
    const prediction = await runBehaviourPrediction({ prisma: database.prisma, datasetName: 'shop', target: 'responded' });
    expect(prediction.customers).toBe(240);
    expect(prediction.auc).toBeGreaterThan(0.65);
    expect(prediction.bySegment.length).toBeGreaterThanOrEqual(3);
    expect(prediction.drivers.length).toBeGreaterThan(0);
  });

  it('names the columns that exist when the target is unknown', async () => {
    await expect(runBehaviourPrediction({ prisma: database.prisma, datasetName: 'shop', target: 'churned' })).rejects.toThrow(/no customer column "churned". Columns: name, responded/);
  });

  it('says to segment first when a dataset has no run, and lists datasets when the name is wrong', async () => {
    await expect(loadSegmentationRun(database.prisma, 'nope')).rejects.toMatchObject({ code: 'SEGMENTATION_NOT_FOUND' });
    await expect(runSegmentationAnalysis({ prisma: database.prisma, datasetName: 'nope' })).rejects.toThrow(/no dataset named "nope". Datasets: shop/);
  });
});
