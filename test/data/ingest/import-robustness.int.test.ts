import { execFileSync } from 'node:child_process';
import { mkdir, open, writeFile } from 'node:fs/promises';
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

  it('reads only regular files as photos: /dev/zero and a FIFO get a clear error, nothing hangs', async () => {
    const fifo = path.join(directory, 'pipe.jpg');
    execFileSync('mkfifo', [fifo]);
    const manifest = await write(
      'manifest.csv',
      `customer_id,path\nC1,/dev/zero\nC2,pipe.jpg\nC3,${path.join(directory, 'nowhere.jpg')}\n`,
    );
    const started = Date.now();
    const report = await importDataset({ prisma: database.prisma, datasetName: 'shop', photos: manifest });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.rowErrors.map((issue) => issue.code)).toEqual([
      'PHOTO_NOT_REGULAR',
      'PHOTO_NOT_REGULAR',
      'PHOTO_NOT_FOUND',
    ]);
    expect(report.rowErrors[0]!.message).toMatch(/is not a regular file/);
  });

  it('the photo reader itself refuses a FIFO and a device at once and caps the size', async () => {
    const { readRegularFile } = await import('../../../src/data/files/read-regular-file.ts');
    const fifo = path.join(directory, 'pipe-2');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFile(fifo, 1024)).rejects.toMatchObject({ code: 'FILE_NOT_REGULAR' });
    await expect(readRegularFile('/dev/zero', 1024)).rejects.toMatchObject({ code: 'FILE_NOT_REGULAR' });
    const big = await write('big.jpg', Buffer.alloc(4096, 1));
    await expect(readRegularFile(big, 1024)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect((await readRegularFile(big, 4096)).length).toBe(4096);
  });

  it('fails fast on a 200 MB CSV on one line, quoting at most ~100 characters of it', async () => {
    const file = path.join(directory, 'one-line.csv');
    const handle = await open(file, 'w');
    const chunk = Buffer.from('x,'.repeat(512 * 1024));
    for (let written = 0; written < 200 * 1024 * 1024; written += chunk.length) await handle.write(chunk);
    await handle.close();
    const started = Date.now();
    const report = await importDataset({ prisma: database.prisma, datasetName: 'shop', transactionsFile: file });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.fileErrors.map((issue) => issue.code)).toEqual(['CSV_LINE_TOO_LONG']);
    expect(report.fileErrors[0]!.message.length).toBeLessThan(400);
  });

  it('a FIFO or device given as the CSV is refused at once', async () => {
    const fifo = path.join(directory, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      transactionsFile: fifo,
      customersFile: '/dev/zero',
    });
    expect(report.fileErrors.map((issue) => issue.code)).toEqual(['FILE_NOT_REGULAR', 'FILE_NOT_REGULAR']);
  });

  it('a header of 3,000 long names is quoted in at most ~100 characters', async () => {
    await mkdir(path.join(directory, 'wide'), { recursive: true });
    const header = Array.from({ length: 3_000 }, (_, index) => `column_name_number_${index}`).join(',');
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      transactionsFile: await write('wide/wide.csv', `${header}\n${header.replace(/[^,]+/g, '1')}\n`),
    });
    expect(report.fileErrors).toHaveLength(1);
    expect(report.fileErrors[0]!.message.length).toBeLessThan(700);
  });
});
