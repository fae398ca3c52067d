import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { acquireImportLock } from '../../src/data/ingest/import-lock.ts';
import { importDataset } from '../../src/data/ingest/import-dataset.ts';
import { runCli } from '../support/run-cli.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

/** Two imports into one database at once (issue 11 item 8): one after the other, nothing lost. */
describe('concurrent imports into one database', () => {
  let home: string;
  let customersFile: string;
  let transactionsFile: string;
  const customers = 3_000;
  const purchases = 30_000;

  beforeAll(async () => {
    home = makeTemporaryDirectory('takumi-concurrent-');
    customersFile = path.join(home, 'customers.csv');
    transactionsFile = path.join(home, 'transactions.csv');
    const customerLines = ['customer_id,region'];
    for (let index = 0; index < customers; index += 1) customerLines.push(`C${index},r${index % 5}`);
    const lines = ['customer_id,date,amount'];
    for (let index = 0; index < purchases; index += 1)
      lines.push(
        `C${(index * 7) % customers},2024-${String(1 + (index % 12)).padStart(2, '0')}-15,${10 + (index % 50)}`,
      );
    await writeFile(customersFile, `${customerLines.join('\n')}\n`);
    await writeFile(transactionsFile, `${lines.join('\n')}\n`);
  });

  it('two real processes importing the same files both succeed and store each row once', async () => {
    const environment: NodeJS.ProcessEnv = { ...process.env, TAKUMI_HOME: path.join(home, 'cli') };
    delete environment.DATABASE_URL;
    const args = ['import', '--dataset', 'shop', '--customers', customersFile, '--transactions', transactionsFile];
    const [first, second] = await Promise.all([runCli(args, environment), runCli(args, environment)]);
    expect([first.code, second.code], `${first.stderr}\n${second.stderr}`).toEqual([0, 0]);
    const database = await openDatabase({ databaseUrl: `file:${path.join(home, 'cli', 'takumi.db')}` });
    try {
      expect(await database.prisma.customer.count()).toBe(customers);
      expect(await database.prisma.transaction.count()).toBe(purchases);
      expect(await database.prisma.importLock.count()).toBe(0);
    } finally {
      await database.close();
    }
  });

  describe('the import lock', () => {
    let database: TakumiDatabase;
    beforeAll(async () => {
      database = await openDatabase({ databaseUrl: `file:${path.join(home, 'lock.db')}` });
    });
    afterAll(async () => {
      await database?.close();
    });
    const importShop = (extra: Partial<Parameters<typeof importDataset>[0]> = {}) =>
      importDataset({ prisma: database.prisma, datasetName: 'shop', customersFile, ...extra });

    it('makes a second import wait, saying for whom, or fail clearly with nothing written', async () => {
      const held = await acquireImportLock(database.prisma, { datasetName: 'other' });
      await expect(importShop({ lockWaitMilliseconds: 600 })).rejects.toMatchObject({
        code: 'IMPORT_BUSY',
        message: expect.stringMatching(/Another import into this database is still running \(dataset "other"/),
      });
      expect(await database.prisma.customer.count()).toBe(0);
      const waited: string[] = [];
      const waiting = importShop({ onWaitForImport: (holder) => waited.push(holder.datasetName) });
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await database.prisma.customer.count()).toBe(0);
      await held.release();
      const report = await waiting;
      expect(waited).toEqual(['other']);
      expect(report.customers).toMatchObject({ added: customers });
    });

    it('takes over the lock of an import that was killed', async () => {
      await database.prisma.importLock.create({
        data: {
          name: 'import',
          owner: 'killed',
          pid: 2 ** 22 + 12_345, // above Linux's pid_max default: no such process
          host: (await import('node:os')).hostname(),
          datasetName: 'shop',
          heartbeatAt: new Date(),
        },
      });
      const report = await importShop({ lockWaitMilliseconds: 5_000 });
      expect(report.customers).toMatchObject({ unchanged: customers });
    });
  });
});
