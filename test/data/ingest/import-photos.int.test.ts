import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { countEmbeddings } from '../../../src/data/embedding-store/embedding-store.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { loadDatasetForAnalysis } from '../../../src/data/ingest/load-dataset-for-analysis.ts';
import { ImageEmbedder } from '../../../src/engine/embedding/image-embedder.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { modelForTests } from '../../support/model-for-tests.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

describe('importDataset: photos embedded on import (real model, real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let embedder: ImageEmbedder;
  let modelId: string;
  let customers: string;
  const put = async (relative: string, bytes: Buffer | string): Promise<string> => {
    const file = path.join(directory, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return file;
  };

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-photos-int-'));
    const model = await modelForTests();
    modelId = model.modelId;
    embedder = await ImageEmbedder.create({ modelPath: model.modelPath, labels: model.labels, batchSize: 4 });
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    customers = await put('customers.csv', 'customer_id,name\nC001,Aoki\nC002,Baba\n');
  });
  afterAll(async () => {
    await embedder?.dispose();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('embeds new photos once, reports bad files without stopping, and re-uses stored embeddings on re-import and across datasets', async () => {
    const shared = await makeJpeg(21);
    await put('photos/C001/a.jpg', shared);
    await put('photos/C001/b.jpg', await makeJpeg(22));
    await put('photos/C002/a-again.jpg', shared);
    await put('photos/C002/fake.jpg', 'this is text, not a JPEG');
    const whole = await makeJpeg(23, 640, 480);
    await put('photos/C002/cut.jpg', whole.subarray(0, whole.length >> 1));
    const photos = path.join(directory, 'photos');
    const embedding = { embedder, modelId };

    const first = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      customersFile: customers,
      photos,
      embedding,
    });
    expect(first.photos).toEqual({
      source: 'photos/',
      kind: 'folder',
      entries: 5,
      added: 3,
      updated: 0,
      unchanged: 0,
      rejected: 2,
      embedded: 2,
      cached: 1,
      embeddingSkipped: false,
    });
    expect(first.rowErrors.map((issue) => [issue.file, issue.code])).toEqual([
      // libvips shares its error text between concurrent decodes, so a truncated JPEG is sometimes
      // classified from "Unknown error" (IMAGE_DECODE_FAILED); either way it is reported and skipped.
      ['photos/C002/cut.jpg', expect.stringMatching(/^IMAGE_(TRUNCATED|DECODE_FAILED)$/)],
      ['photos/C002/fake.jpg', 'IMAGE_NOT_AN_IMAGE'],
    ]);
    expect(first.rowErrors[1]!.message).toMatch(/^photos\/C002\/fake\.jpg: The file is not an image Takumi can read/);
    expect(await countEmbeddings(database.prisma, modelId)).toBe(2);

    const second = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      customersFile: customers,
      photos,
      embedding,
    });
    expect(second.photos).toMatchObject({ added: 0, unchanged: 3, rejected: 2, embedded: 0, cached: 3 });
    expect(await database.prisma.photo.count()).toBe(3);

    const manifest = await put(
      'other/manifest.csv',
      `customer_id,path,posted_at\nC001,../photos/C001/b.jpg,2024-05-01\nC001,new.jpg,\n`,
    );
    await put('other/new.jpg', await makeJpeg(24));
    const other = await importDataset({
      prisma: database.prisma,
      datasetName: 'other',
      customersFile: customers,
      photos: manifest,
      // ../photos/… leaves the manifest's folder: allowed only under a root the operator names.
      photosRoot: directory,
      embedding,
    });
    expect(other.photos).toMatchObject({ kind: 'manifest', added: 2, rejected: 0, embedded: 1, cached: 1 });
    expect(await countEmbeddings(database.prisma, modelId)).toBe(3);

    const loaded = await loadDatasetForAnalysis(database.prisma, 'shop');
    expect(loaded.photos).toHaveLength(3);
    expect(loaded.embeddings.size).toBe(2);
    expect(loaded.photosWithoutEmbedding).toEqual([]);
    for (const stored of loaded.embeddings.values()) {
      expect(stored.vector).toHaveLength(2048);
      expect(stored.topLabels).toHaveLength(5);
    }
  });
});
