import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDataVersion } from '../../../src/data/analysis/compute-data-version.ts';
import { runSegmentationAnalysis } from '../../../src/data/analysis/run-segmentation-analysis.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { makeTemporaryDirectory } from '../../support/temporary-directory.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

describe('dataset versions and segmentation reuse (real database)', () => {
  let directory: string;
  let database: TakumiDatabase;
  const write = (name: string, text: string): string => {
    const file = path.join(directory, name);
    writeFileSync(file, text);
    return file;
  };
  /** 80 customers in two buying patterns, no photos: segments from purchases only. */
  const shop = (): { customers: string; transactions: string } => {
    const random = createRandom(5);
    const lines: string[] = [];
    for (let customer = 1; customer <= 80; customer += 1) {
      const frequent = customer % 2 === 0;
      const purchases = frequent ? 8 + random.integer(4) : 1 + random.integer(2);
      for (let purchase = 0; purchase < purchases; purchase += 1)
        lines.push(
          `C${customer},2026-0${1 + random.integer(6)}-1${random.integer(9)},${frequent ? 20 + random.integer(10) : 200 + random.integer(50)}`,
        );
    }
    return {
      customers: write(
        'customers.csv',
        `customer_id\n${Array.from({ length: 80 }, (_, i) => `C${i + 1}`).join('\n')}\n`,
      ),
      transactions: write('transactions.csv', `customer_id,date,amount\n${lines.join('\n')}\n`),
    };
  };

  beforeAll(async () => {
    directory = makeTemporaryDirectory('takumi-reuse-');
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
  });
  afterAll(async () => database.close());

  it('versions exactly the rows an analysis reads: any change shows, restoring a row restores the version', async () => {
    const files = {
      customersFile: write('tiny-customers.csv', 'customer_id,age\nC1,34\nC2,40\n'),
      transactionsFile: write(
        'tiny-transactions.csv',
        'customer_id,date,amount\nC1,2024-01-05,1200\nC2,2024-01-06,800\n',
      ),
    };
    await importDataset({ prisma: database.prisma, datasetName: 'tiny', ...files });
    const dataset = await database.prisma.dataset.findUniqueOrThrow({ where: { name: 'tiny' } });
    const version = () => computeDataVersion(database.prisma, dataset.id);
    const original = await version();
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(dataset.dataVersion).toBe(original);
    // Re-importing the same files writes nothing and keeps the version.
    await importDataset({ prisma: database.prisma, datasetName: 'tiny', ...files });
    expect(await version()).toBe(original);

    const customer = await database.prisma.customer.findFirstOrThrow({ where: { datasetId: dataset.id } });
    const purchase = await database.prisma.transaction.findFirstOrThrow({ where: { datasetId: dataset.id } });
    const changes: [() => Promise<unknown>, () => Promise<unknown>][] = [
      [
        () => database.prisma.customer.update({ where: { id: customer.id }, data: { attributes: '{"age":35}' } }),
        () =>
          database.prisma.customer.update({ where: { id: customer.id }, data: { attributes: customer.attributes } }),
      ],
      [
        () => database.prisma.transaction.update({ where: { id: purchase.id }, data: { amount: 1201 } }),
        () => database.prisma.transaction.update({ where: { id: purchase.id }, data: { amount: purchase.amount } }),
      ],
      [
        () =>
          database.prisma.transaction.update({
            where: { id: purchase.id },
            data: { date: new Date(Date.UTC(2024, 0, 6)) },
          }),
        () => database.prisma.transaction.update({ where: { id: purchase.id }, data: { date: purchase.date } }),
      ],
    ];
    for (const [change, restore] of changes) {
      await change();
      expect(await version()).not.toBe(original);
      await restore();
      expect(await version()).toBe(original);
    }
    // Another dataset's rows are not part of this one's version.
    await importDataset({ prisma: database.prisma, datasetName: 'other', customersFile: files.customersFile });
    expect(await version()).toBe(original);

    // A photo, then its embedding by either model (fp32, or int8 as `auto` picks on VNNI CPUs): each
    // changes the version, so a segmentation made before the photos were analysed is not reused.
    const sha256 = 'ab'.repeat(32);
    await database.prisma.photo.create({
      data: { datasetId: dataset.id, customerId: customer.id, path: '/photos/p.jpg', sha256 },
    });
    const withPhoto = await version();
    expect(withPhoto).not.toBe(original);
    const seen = new Set([original, withPhoto]);
    for (const modelId of ['resnet50-keras-imagenet-int8@2', 'resnet50-keras-imagenet@1']) {
      await database.prisma.embedding.create({
        data: { sha256, modelId, vector: Buffer.alloc(8), topLabels: '[]', width: 1, height: 1 },
      });
      const next = await version();
      expect(seen.has(next), modelId).toBe(false);
      seen.add(next);
    }
  });

  it('reuses the stored run while the rows are unchanged, and computes anew after a changing import', async () => {
    const files = shop();
    const importShop = (extra = {}) =>
      importDataset({ prisma: database.prisma, datasetName: 'shop', customersFile: files.customers, ...extra });
    await importShop({ transactionsFile: files.transactions });
    const version = async () =>
      (await database.prisma.dataset.findUniqueOrThrow({ where: { name: 'shop' } })).dataVersion;
    const first = await runSegmentationAnalysis({ prisma: database.prisma, datasetName: 'shop' });
    expect(first.dataVersion).toBe(await version());

    const started = performance.now();
    const again = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'shop',
      options: { threads: 1 },
    });
    expect(again.runId).toBe(first.runId);
    expect(again.segments).toEqual(first.segments);
    expect(performance.now() - started).toBeLessThan(2_000);

    // Other settings, or reuse switched off, compute a new run.
    const otherSeed = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'shop',
      options: { seed: 8 },
    });
    expect(otherSeed.runId).not.toBe(first.runId);
    const fresh = await runSegmentationAnalysis({
      prisma: database.prisma,
      datasetName: 'shop',
      options: { reuse: false },
    });
    expect(fresh.runId).toBeGreaterThan(otherSeed.runId);

    // Importing the same files again changes nothing, so the run is still reused.
    const before = await version();
    await importShop({ transactionsFile: files.transactions });
    expect(await version()).toBe(before);
    expect((await runSegmentationAnalysis({ prisma: database.prisma, datasetName: 'shop' })).runId).toBe(fresh.runId);

    // New purchases change the version; the next question segments the new rows.
    await importShop({ transactionsFile: write('transactions-2.csv', 'customer_id,date,amount\nC1,2026-06-20,30\n') });
    expect(await version()).not.toBe(before);
    const updated = await runSegmentationAnalysis({ prisma: database.prisma, datasetName: 'shop' });
    expect(updated.runId).toBeGreaterThan(fresh.runId);
    expect(updated.dataVersion).toBe(await version());
  });
});
