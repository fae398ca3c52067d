import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { saveEmbeddings } from '../../../src/data/embedding-store/embedding-store.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { loadDatasetForAnalysis } from '../../../src/data/ingest/load-dataset-for-analysis.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/ingest');

describe('loadDatasetForAnalysis (real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let photoHashes: string[];

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-load-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    const photos = [await makeJpeg(31), await makeJpeg(32)];
    photoHashes = photos.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
    await mkdir(path.join(directory, 'photos/C002'), { recursive: true });
    await mkdir(path.join(directory, 'photos/C001'), { recursive: true });
    await writeFile(path.join(directory, 'photos/C002/one.jpg'), photos[0]!);
    await writeFile(path.join(directory, 'photos/C001/two.jpg'), photos[1]!);
    await importDataset({
      prisma: database.prisma,
      datasetName: '東京店',
      customersFile: path.join(fixtures, 'customers.csv'),
      transactionsFile: path.join(fixtures, 'transactions.csv'),
      photos: path.join(directory, 'photos'),
    });
    // A stand-in vector for one photo, so the test needs no model.
    await saveEmbeddings(database.prisma, 'test-model@1', [
      {
        sha256: photoHashes[0]!,
        vector: Float32Array.from([0.5, -1, 2]),
        topLabels: [{ index: 7, label: 'cock', probability: 0.9 }],
        width: 320,
        height: 240,
      },
    ]);
  });
  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('returns customers with their Japanese attributes exactly as in the file, purchases by customer and date, and photos', async () => {
    const loaded = await loadDatasetForAnalysis(database.prisma, '東京店', { modelId: 'test-model@1' });
    expect(loaded.dataset.name).toBe('東京店');
    expect(loaded.customers.map(({ externalId, attributes }) => ({ externalId, attributes }))).toEqual([
      {
        externalId: 'C001',
        attributes: { name: '山田 太郎', age: 34, prefecture: '東京都', zip: '0012345', note: null },
      },
      {
        externalId: 'C002',
        attributes: { name: '佐藤 花子', age: 28, prefecture: '大阪府', zip: '5300001', note: '好きな色: 青, 緑' },
      },
      {
        externalId: 'C003',
        attributes: { name: '鈴木 一郎', age: null, prefecture: '北海道', zip: '0600001', note: '常連' },
      },
    ]);
    const idOf = new Map(loaded.customers.map((customer) => [customer.externalId, customer.id]));
    expect(loaded.transactions).toEqual([
      { customerId: idOf.get('C001'), date: new Date('2024-01-05T00:00:00Z'), amount: 1200 },
      { customerId: idOf.get('C001'), date: new Date('2024-02-10T00:00:00Z'), amount: 1500 },
      { customerId: idOf.get('C001'), date: new Date('2024-05-01T00:00:00Z'), amount: 0 },
      { customerId: idOf.get('C002'), date: new Date('2024-03-01T00:00:00Z'), amount: 980.5 },
    ]);
    expect(loaded.photos).toEqual([
      { customerId: idOf.get('C001'), sha256: photoHashes[1], postedAt: null },
      { customerId: idOf.get('C002'), sha256: photoHashes[0], postedAt: null },
    ]);
    expect([...loaded.embeddings.keys()]).toEqual([photoHashes[0]]);
    expect(Array.from(loaded.embeddings.get(photoHashes[0]!)!.vector)).toEqual([0.5, -1, 2]);
    expect(loaded.embeddings.get(photoHashes[0]!)!.topLabels).toEqual([{ index: 7, label: 'cock', probability: 0.9 }]);
    expect(loaded.photosWithoutEmbedding).toEqual([photoHashes[1]]);
  });

  it('skips embeddings when asked', async () => {
    const loaded = await loadDatasetForAnalysis(database.prisma, '東京店', {
      modelId: 'test-model@1',
      includeEmbeddings: false,
    });
    expect([loaded.embeddings.size, loaded.photosWithoutEmbedding.length, loaded.photos.length]).toEqual([0, 0, 2]);
  });

  it('reads one model only: by default the one that embedded most of the photos, never a mix', async () => {
    const vector = (value: number) => ({
      vector: Float32Array.from([value, value, value]),
      topLabels: [{ index: 1, label: 'goldfish', probability: 0.5 }],
      width: 320,
      height: 240,
    });
    await saveEmbeddings(database.prisma, 'resnet50-keras-imagenet-int8@9', [
      { sha256: photoHashes[0]!, ...vector(8) },
      { sha256: photoHashes[1]!, ...vector(8) },
    ]);
    const loaded = await loadDatasetForAnalysis(database.prisma, '東京店');
    expect(loaded.modelId).toBe('resnet50-keras-imagenet-int8@9');
    expect([...loaded.embeddings.values()].map((embedding) => embedding.vector[0])).toEqual([8, 8]);
    const chosen = await loadDatasetForAnalysis(database.prisma, '東京店', { modelId: 'test-model@1' });
    expect([...chosen.embeddings.values()].map((embedding) => embedding.vector[0])).toEqual([0.5]);
    await database.prisma.embedding.deleteMany({ where: { modelId: 'resnet50-keras-imagenet-int8@9' } });
  });

  it('names the datasets that exist when the requested one does not', async () => {
    await expect(loadDatasetForAnalysis(database.prisma, 'tokyo')).rejects.toMatchObject({
      code: 'DATASET_NOT_FOUND',
      message: expect.stringMatching(
        /^There is no dataset named "tokyo"\. Datasets: "東京店"\. Import one with `takumi import --dataset "tokyo"/,
      ),
      details: { datasetName: 'tokyo', available: ['東京店'] },
    });
  });

  it('says how to repair attributes that are not a JSON object', async () => {
    const dataset = await database.prisma.dataset.create({ data: { name: 'broken' } });
    await database.prisma.customer.create({ data: { datasetId: dataset.id, externalId: 'X1', attributes: '[1,2]' } });
    await expect(loadDatasetForAnalysis(database.prisma, 'broken')).rejects.toMatchObject({
      code: 'CUSTOMER_ATTRIBUTES_CORRUPT',
      message: expect.stringMatching(/Import the customers file again/),
    });
  });
});
