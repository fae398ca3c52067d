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

  it('refuses a purchase dated in the future and an implausible amount, row by row, and keeps the rest', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      transactionsFile: await write(
        'one-bad-row.csv',
        `customer_id,date,amount\nC1,2024-03-01,1200\nC2,2099-01-01,800\nC3,2024-03-02,1e308\nC1,2024-03-03,${'9'.repeat(400)}\nC2,${tomorrow},300\n`,
      ),
    });
    expect(report.transactions).toMatchObject({ added: 2, rejected: 3 });
    expect(report.rowErrors.map((issue) => [issue.line, issue.code])).toEqual([
      [3, 'DATE_IN_FUTURE'],
      [4, 'AMOUNT_NOT_A_NUMBER'],
      [5, 'AMOUNT_TOO_LARGE'],
    ]);
    expect(report.rowErrors[0]!.message).toMatch(/2099-01-01 is in the future/);
    for (const issue of report.rowErrors) expect(issue.message.length).toBeLessThan(300);
    const stored = await database.prisma.transaction.findMany({ where: { sourceFile: 'one-bad-row.csv' } });
    expect(Math.max(...stored.map((row) => row.amount))).toBe(1200);
  });
});
