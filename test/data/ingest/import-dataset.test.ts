import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

const fixtures = path.join(projectRoot, 'test/fixtures/ingest');

describe('importDataset: customers and transactions (real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let datasetName: string;
  let counter = 0;
  const fixture = (name: string): string => path.join(fixtures, name);
  const importFixtures = (
    customers: string | undefined,
    transactions: string | undefined,
    extra: Partial<Parameters<typeof importDataset>[0]> = {},
  ) =>
    importDataset({
      prisma: database.prisma,
      datasetName,
      ...(customers ? { customersFile: fixture(customers) } : {}),
      ...(transactions ? { transactionsFile: fixture(transactions) } : {}),
      ...extra,
    });
  const rowCounts = async () => ({
    customers: await database.prisma.customer.count(),
    transactions: await database.prisma.transaction.count(),
    photos: await database.prisma.photo.count(),
  });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-ingest-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
  });
  beforeEach(() => {
    counter += 1;
    datasetName = `shop-${counter}`;
  });
  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('keeps the good rows, and reports each bad row with its exact line, column and fix', async () => {
    const report = await importFixtures('customers.csv', 'transactions.csv');
    expect(report.fileErrors).toEqual([]);
    expect(report.customers).toEqual({
      file: 'customers.csv',
      rows: 3,
      added: 3,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(report.transactions).toEqual({
      file: 'transactions.csv',
      rows: 10,
      added: 4,
      updated: 0,
      unchanged: 0,
      rejected: 6,
    });
    expect(report.rowErrors.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [5, 'amount', 'AMOUNT_NOT_A_NUMBER'],
      [6, 'date', 'DATE_INVALID'],
      [7, 'amount', 'AMOUNT_NEGATIVE'],
      [8, 'customer_id', 'CUSTOMER_ID_EMPTY'],
      [9, 'customer_id', 'CUSTOMER_UNKNOWN'],
      [10, 'date', 'DATE_FORMAT'],
    ]);
    expect(report.rowErrors[0]!.message).toBe(
      'transactions.csv line 5: amount "abc" is not a number; write digits like 1200 or 12.5',
    );
    expect(report.rowErrors[4]!.message).toBe(
      `transactions.csv line 9: customer_id "C999" is not a customer of dataset "${datasetName}"; add the customer to the customers file, or fix the id`,
    );
    expect(report.anythingStored).toBe(true);
    expect(report.dataset.created).toBe(true);

    const stored = await database.prisma.transaction.findMany({
      where: { dataset: { name: datasetName } },
      include: { customer: true },
      orderBy: { sourceLine: 'asc' },
    });
    expect(
      stored.map((row) => [
        row.sourceFile,
        row.sourceLine,
        row.customer.externalId,
        row.date.toISOString().slice(0, 16),
        row.amount,
      ]),
    ).toEqual([
      ['transactions.csv', 2, 'C001', '2024-01-05T00:00', 1200],
      ['transactions.csv', 3, 'C001', '2024-02-10T00:00', 1500],
      ['transactions.csv', 4, 'C002', '2024-03-01T00:00', 980.5],
      ['transactions.csv', 11, 'C001', '2024-05-01T00:00', 0],
    ]);
  });

  it('re-imports the same files without duplicating anything, from wherever the files now are', async () => {
    const first = await importFixtures('customers.csv', 'transactions.csv');
    const before = await rowCounts();
    // The same file moved elsewhere keeps its keys: sourceFile is the base name.
    const moved = path.join(directory, 'transactions.csv');
    await copyFile(fixture('transactions.csv'), moved);
    const second = await importFixtures('customers.csv', undefined, { transactionsFile: moved });
    expect(await rowCounts()).toEqual(before);
    expect(second.customers).toEqual({ ...first.customers, added: 0, unchanged: 3 });
    expect(second.transactions).toEqual({ ...first.transactions, added: 0, unchanged: 4 });
    expect(second.rowErrors).toEqual(first.rowErrors);
    expect(second.dataset).toMatchObject({ id: first.dataset.id, created: false });
    expect(second.anythingStored).toBe(true);
  });

  it('reports a file with a missing column once, and imports the other file', async () => {
    const report = await importFixtures('customers.csv', 'transactions-missing-amount.csv');
    expect(report.customers?.added).toBe(3);
    expect(report.transactions).toBeUndefined();
    expect(report.fileErrors).toHaveLength(1);
    expect(report.fileErrors[0]).toMatchObject({
      file: 'transactions-missing-amount.csv',
      code: 'CSV_MISSING_COLUMN',
      details: { missingColumns: ['amount'], columnsFound: ['customer_id', 'date', 'price'] },
    });
    expect(report.fileErrors[0]!.message).toMatch(
      /^transactions-missing-amount\.csv has no amount column\. Columns found: customer_id, date, price\. Add a column named "amount"/,
    );
  });

  it('keeps everything stored when a later import of broken files fails, and still links purchases to stored customers', async () => {
    await importFixtures('customers.csv', 'transactions.csv');
    const before = await rowCounts();
    const broken = await importFixtures('not-a-table.txt', 'empty.csv');
    expect(broken.fileErrors.map((issue) => [issue.file, issue.code])).toEqual([
      ['not-a-table.txt', 'CSV_MISSING_COLUMN'],
      ['empty.csv', 'CSV_EMPTY'],
    ]);
    expect(broken.anythingStored).toBe(false);
    expect(await rowCounts()).toEqual(before);

    // Customers come from the earlier import although this customers file is broken.
    const purchases = path.join(directory, 'more-purchases.csv');
    await writeFile(purchases, 'customer_id,date,amount\nC003,2024-06-01,700\n');
    const later = await importFixtures('not-a-table.txt', undefined, { transactionsFile: purchases });
    expect(later.transactions).toMatchObject({ added: 1, rejected: 0 });
    expect(later.fileErrors).toHaveLength(1);
  });

  it('reports a missing path, a binary file and a header-only file, each once, and stores nothing', async () => {
    const binary = path.join(directory, 'customers.xlsx');
    await writeFile(binary, await makeJpeg(3));
    const headerOnly = path.join(directory, 'header-only.csv');
    await writeFile(headerOnly, 'customer_id,date,amount\n');
    const report = await importDataset({
      prisma: database.prisma,
      datasetName,
      customersFile: binary,
      transactionsFile: headerOnly,
      photos: path.join(directory, 'no-photos'),
    });
    expect(report.fileErrors.map((issue) => issue.code)).toEqual(['CSV_NOT_TEXT', 'CSV_NO_ROWS', 'PHOTOS_NOT_FOUND']);
    expect(report.anythingStored).toBe(false);
    expect(report.dataset).toEqual({ id: undefined, name: datasetName, created: false, currency: 'JPY' });
    expect(await database.prisma.dataset.count({ where: { name: datasetName } })).toBe(0);

    const missing = await importDataset({
      prisma: database.prisma,
      datasetName,
      customersFile: path.join(directory, 'nope.csv'),
    });
    expect(missing.fileErrors).toEqual([
      expect.objectContaining({
        file: 'nope.csv',
        code: 'FILE_NOT_FOUND',
        message: `nope.csv: ${path.join(directory, 'nope.csv')} does not exist. Check the path of the customers file.`,
      }),
    ]);
  });

  it('reports purchases of a dataset without customers once, not once per row', async () => {
    const report = await importFixtures('empty.csv', 'transactions.csv');
    expect(report.fileErrors.map((issue) => issue.code)).toEqual(['CSV_EMPTY', 'DATASET_HAS_NO_CUSTOMERS']);
    expect(report.fileErrors[1]!.message).toBe(
      `transactions.csv was not imported: dataset "${datasetName}" has no customers yet, so no purchase can be linked to one. Fix the customers file and import both again.`,
    );
    expect(report.rowErrors).toEqual([]);
  });

  it('rejects bad customer rows with their lines, keeps the first of a repeated id, and merges attributes on re-import', async () => {
    await importFixtures('customers.csv', undefined);
    const report = await importFixtures('customers-with-errors.csv', undefined);
    expect(report.rowErrors.map((issue) => [issue.line, issue.code])).toEqual([
      [3, 'CUSTOMER_ID_EMPTY'],
      [5, 'CUSTOMER_DUPLICATE'],
      [6, 'CSV_FIELD_COUNT'],
    ]);
    expect(report.rowErrors[1]!.message).toBe(
      'customers-with-errors.csv line 5: Customer ID "C001" already appears on line 2; list each customer once (this row was skipped)',
    );
    expect(report.customers).toEqual({
      file: 'customers-with-errors.csv',
      rows: 6,
      added: 0,
      updated: 3,
      unchanged: 0,
      rejected: 3,
    });
    const c001 = await database.prisma.customer.findFirstOrThrow({
      where: { dataset: { name: datasetName }, externalId: 'C001' },
    });
    // Columns of the first file are kept; the new columns are added.
    expect(JSON.parse(c001.attributes)).toEqual({
      name: '山田 太郎',
      age: 34,
      prefecture: '東京都',
      zip: '0012345',
      note: null,
      segment: 'gold',
      visits: 12,
    });
  });

  it('refuses a different file under an already imported name unless told to replace changed lines', async () => {
    await importFixtures('customers.csv', 'transactions.csv');
    const before = await rowCounts();
    const other = path.join(directory, 'transactions.csv');
    await writeFile(other, 'customer_id,date,amount\nC002,2024-07-01,50\nC003,2024-07-02,60\n');
    const refused = await importFixtures(undefined, undefined, { transactionsFile: other });
    expect(refused.fileErrors[0]).toMatchObject({
      code: 'TRANSACTIONS_FILE_CHANGED',
      details: { changedLines: [2, 3] },
    });
    expect(refused.fileErrors[0]!.message).toContain(
      'line 2: stored C001, 2024-01-05, 1200, now C002, 2024-07-01, 50). Nothing from this file was written.',
    );
    expect(await rowCounts()).toEqual(before);

    const replaced = await importFixtures(undefined, undefined, {
      transactionsFile: other,
      replaceChangedTransactions: true,
    });
    expect(replaced.transactions).toMatchObject({ added: 0, updated: 2, unchanged: 0 });
    expect(await rowCounts()).toEqual(before);
  });

  it('writes files larger than one insert batch', async () => {
    const customers = path.join(directory, 'many-customers.csv');
    const purchases = path.join(directory, 'many-purchases.csv');
    await writeFile(
      customers,
      `id,visits\n${Array.from({ length: 1300 }, (_, index) => `K${index},${index % 7}`).join('\n')}\n`,
    );
    await writeFile(
      purchases,
      `customer_id,date,amount\n${Array.from({ length: 2600 }, (_, index) => `K${index % 1300},2024-01-${String((index % 28) + 1).padStart(2, '0')},${index}`).join('\n')}\n`,
    );
    const report = await importDataset({
      prisma: database.prisma,
      datasetName,
      customersFile: customers,
      transactionsFile: purchases,
    });
    expect([report.customers?.added, report.transactions?.added, report.rowErrors.length]).toEqual([1300, 2600, 0]);
    const again = await importDataset({
      prisma: database.prisma,
      datasetName,
      customersFile: customers,
      transactionsFile: purchases,
    });
    expect([again.customers?.unchanged, again.transactions?.unchanged]).toEqual([1300, 2600]);
    expect(await database.prisma.transaction.count({ where: { dataset: { name: datasetName } } })).toBe(2600);
  });

  it('reads Japanese headers, dates and amounts, and warns about a numeric column with a stray text cell', async () => {
    const customers = path.join(directory, '顧客.csv');
    const purchases = path.join(directory, '購入.csv');
    await writeFile(customers, '顧客ID,名前,来店回数\nK1,田中,3\nK2,高橋,5\nK3,伊藤,4\nK4,渡辺,2\nK5,小林,六\n');
    await writeFile(purchases, '顧客ID,購入日,金額\nK1,2024年3月1日,"¥1,200"\nK2,２０２４／０３／０２,980円\n');
    const report = await importDataset({
      prisma: database.prisma,
      datasetName,
      customersFile: customers,
      transactionsFile: purchases,
    });
    expect(report.rowErrors).toEqual([]);
    expect(report.transactions).toMatchObject({ file: '購入.csv', added: 2 });
    expect(report.warnings).toEqual([
      '顧客.csv: column "来店回数" holds numbers except on line 6, so the whole column was kept as text; fix those cells if it should be numeric.',
    ]);
    const stored = await database.prisma.transaction.findMany({
      where: { dataset: { name: datasetName } },
      orderBy: { sourceLine: 'asc' },
    });
    expect(stored.map((row) => [row.date.toISOString().slice(0, 10), row.amount])).toEqual([
      ['2024-03-01', 1200],
      ['2024-03-02', 980],
    ]);
    const k5 = await database.prisma.customer.findFirstOrThrow({
      where: { dataset: { name: datasetName }, externalId: 'K5' },
    });
    expect(JSON.parse(k5.attributes)).toEqual({ 名前: '小林', 来店回数: '六' });
  });

  it('refuses a blank dataset name and an import with no inputs', async () => {
    await expect(
      importDataset({ prisma: database.prisma, datasetName: '  ', customersFile: fixture('customers.csv') }),
    ).rejects.toMatchObject({ code: 'DATASET_NAME_INVALID' });
    await expect(importDataset({ prisma: database.prisma, datasetName })).rejects.toMatchObject({
      code: 'NOTHING_TO_IMPORT',
    });
  });
});
