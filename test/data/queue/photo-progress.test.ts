import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { loadPhotoProgress } from '../../../src/data/queue/photo-progress.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

const fp32 = 'resnet50-keras-imagenet@1';
const int8 = 'resnet50-keras-imagenet-int8@2';
let directory: string;
let database: TakumiDatabase;

beforeEach(async () => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-progress-'));
  database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
});
afterEach(async () => {
  await database.close();
  rmSync(directory, { recursive: true, force: true });
});

/** A dataset whose photos have these hashes (one customer), plus embeddings as [hash, model] pairs. */
async function seed(name: string, hashes: string[], embeddings: [string, string][]): Promise<void> {
  const { prisma } = database;
  const dataset = await prisma.dataset.create({ data: { name } });
  const customer = await prisma.customer.create({ data: { datasetId: dataset.id, externalId: 'C1' } });
  for (const sha256 of hashes)
    await prisma.photo.create({
      data: { datasetId: dataset.id, customerId: customer.id, path: `/p/${sha256}.jpg`, sha256 },
    });
  for (const [sha256, modelId] of embeddings)
    await prisma.embedding.create({
      data: { sha256, modelId, vector: Buffer.alloc(8), topLabels: '[]', width: 1, height: 1 },
    });
}

describe('photo analysis progress', () => {
  it('counts per dataset the model its analysis reads: the one with most stored embeddings', async () => {
    // "shop" was embedded with fp32 before int8 was chosen; "cafe" by int8 workers, one photo to go.
    await seed(
      'shop',
      ['a', 'b', 'c'],
      [
        ['a', fp32],
        ['b', fp32],
        ['c', int8],
      ],
    );
    await seed(
      'cafe',
      ['d', 'e', 'f'],
      [
        ['d', int8],
        ['e', int8],
      ],
    );
    await seed('new', ['g', 'g2'], []);
    expect(await loadPhotoProgress(database.prisma, int8)).toEqual([
      { datasetName: 'cafe', total: 3, embedded: 2, modelId: int8 },
      { datasetName: 'new', total: 2, embedded: 0, modelId: int8 },
      { datasetName: 'shop', total: 3, embedded: 2, modelId: fp32 },
    ]);
  });

  it('prefers the configured model on a tie', async () => {
    await seed(
      'shop',
      ['a', 'b'],
      [
        ['a', fp32],
        ['b', int8],
      ],
    );
    expect((await loadPhotoProgress(database.prisma, int8))[0]).toMatchObject({ embedded: 1, modelId: int8 });
    expect((await loadPhotoProgress(database.prisma, fp32))[0]).toMatchObject({ embedded: 1, modelId: fp32 });
  });
});
