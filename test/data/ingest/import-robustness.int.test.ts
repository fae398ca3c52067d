import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { makeTemporaryDirectory } from '../../support/temporary-directory.ts';

/** Inputs a careless export or an attacker hands the importer (issue 11, items 7, 9, 10, 11). */
describe('importDataset against hostile and oversized inputs (real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  const write = async (name: string, text: string | Buffer): Promise<string> => {
    const file = path.join(directory, name);
    await writeFile(file, text);
    return file;
  };

  beforeAll(async () => {
    directory = makeTemporaryDirectory('takumi-hostile-');
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      customersFile: await write('customers.csv', 'customer_id,region\nC1,north\nC2,south\nC3,east\n'),
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('reports every one of 150,000 rejected rows (past the call-stack limit of push(...rows))', async () => {
    const rows = Array.from({ length: 150_000 }, (_, index) => `NOBODY${index},2024-01-01,10`);
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      transactionsFile: await write('rejected.csv', `customer_id,date,amount\nC1,2024-01-02,5\n${rows.join('\n')}\n`),
    });
    expect(report.fileErrors).toEqual([]);
    expect(report.transactions).toMatchObject({ added: 1, rejected: 150_000 });
    expect(report.rowErrors).toHaveLength(150_000);
    expect(report.rowErrors.at(-1)!.line).toBe(150_002);
  });
});
