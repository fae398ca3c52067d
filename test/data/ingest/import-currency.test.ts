import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { detectCurrency } from '../../../src/data/ingest/detect-currency.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { loadDatasetForAnalysis } from '../../../src/data/ingest/load-dataset-for-analysis.ts';
import { makeTemporaryDirectory } from '../../support/temporary-directory.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

describe('detectCurrency', () => {
  it('reads ¥, 円 and $ (also full-width) and lets the majority of signed cells win', () => {
    expect(detectCurrency(['1200', '¥1,200', '980円', '￥5'])).toEqual({ currency: 'JPY', cells: { JPY: 3 } });
    expect(detectCurrency(['$3.80', '＄12', '15.5'])).toEqual({ currency: 'USD', cells: { USD: 2 } });
    expect(detectCurrency(['$1', '¥2', '¥3'])).toEqual({ currency: 'JPY', cells: { JPY: 2, USD: 1 } });
    expect(detectCurrency(['12', '13.5'])).toEqual({ currency: null, cells: {} });
  });
});

describe('importDataset: the dataset currency (real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  const customers = (): string => {
    const file = path.join(directory, 'customers.csv');
    writeFileSync(file, 'customer_id\nC1\nC2\n');
    return file;
  };
  const transactions = (name: string, amounts: string[]): string => {
    const file = path.join(directory, name);
    writeFileSync(
      file,
      `customer_id,date,amount\n${amounts.map((amount, i) => `C${(i % 2) + 1},2024-01-0${i + 1},"${amount}"`).join('\n')}\n`,
    );
    return file;
  };
  const load = async (name: string) =>
    (await loadDatasetForAnalysis(database.prisma, name, { includeEmbeddings: false })).dataset.currency;

  beforeAll(async () => {
    directory = makeTemporaryDirectory('takumi-currency-');
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
  });
  afterAll(async () => database.close());

  it('stores the --currency given, whatever the amounts look like, and says when signs disagree', async () => {
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'given',
      customersFile: customers(),
      transactionsFile: transactions('t-given.csv', ['3.80', '12']),
      currency: 'usd',
    });
    expect(report.dataset.currency).toBe('USD');
    expect(await load('given')).toBe('USD');
    const disagreeing = await importDataset({
      prisma: database.prisma,
      datasetName: 'given',
      transactionsFile: transactions('t-given-yen.csv', ['¥1,200', '¥900']),
      currency: 'USD',
    });
    expect(await load('given')).toBe('USD');
    expect(disagreeing.warnings.join(' ')).toMatch(/written in JPY.*--currency USD/);
  });

  it('infers the currency from the signs in the amounts when none is given', async () => {
    const dollars = await importDataset({
      prisma: database.prisma,
      datasetName: 'dollars',
      customersFile: customers(),
      transactionsFile: transactions('t-dollars.csv', ['$3.80', '$12', '7']),
    });
    expect(dollars.dataset.currency).toBe('USD');
    expect(await load('dollars')).toBe('USD');
    await importDataset({
      prisma: database.prisma,
      datasetName: 'yen',
      customersFile: customers(),
      transactionsFile: transactions('t-yen.csv', ['1200円', '980']),
    });
    expect(await load('yen')).toBe('JPY');
  });

  it('takes unsigned amounts of a new dataset as yen with a warning, and keeps a stored currency later', async () => {
    const plain = await importDataset({
      prisma: database.prisma,
      datasetName: 'plain',
      customersFile: customers(),
      transactionsFile: transactions('t-plain.csv', ['1200', '980']),
    });
    expect(plain.dataset.currency).toBe('JPY');
    expect(plain.warnings.join(' ')).toMatch(/no currency sign.*--currency USD/);
    await importDataset({
      prisma: database.prisma,
      datasetName: 'plain',
      transactionsFile: transactions('t-plain.csv', ['1200', '980']),
      currency: 'USD',
    });
    const again = await importDataset({
      prisma: database.prisma,
      datasetName: 'plain',
      transactionsFile: transactions('t-plain-2.csv', ['5', '6']),
    });
    expect(again.dataset.currency).toBe('USD');
    expect(await load('plain')).toBe('USD');
  });

  it('refuses a currency that is not an ISO code before reading anything', async () => {
    await expect(
      importDataset({ prisma: database.prisma, datasetName: 'bad', customersFile: customers(), currency: 'YEN' }),
    ).rejects.toMatchObject({ code: 'CURRENCY_UNKNOWN' });
    expect(await database.prisma.dataset.count({ where: { name: 'bad' } })).toBe(0);
  });
});
