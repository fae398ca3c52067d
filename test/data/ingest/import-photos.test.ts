import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

describe('importDataset: photos, linked without embedding (real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let customers: string;
  const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
  const put = async (relative: string, bytes: Buffer | string): Promise<void> => {
    const file = path.join(directory, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  };
  const links = async (datasetName: string) =>
    (
      await database.prisma.photo.findMany({
        where: { dataset: { name: datasetName } },
        include: { customer: true },
        orderBy: { id: 'asc' },
      })
    ).map((photo) => ({
      customer: photo.customer.externalId,
      sha256: photo.sha256,
      file: path.relative(directory, photo.path),
      postedAt: photo.postedAt?.toISOString() ?? null,
    }));

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-photos-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    customers = path.join(directory, 'customers.csv');
    await writeFile(customers, 'customer_id,name\nC001,Aoki\nC002,Baba\n');
  });
  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('links a folder with one subfolder per customer, reporting strays, non-images and unknown folders', async () => {
    const [a, b, c] = await Promise.all([makeJpeg(1), makeJpeg(2), makeJpeg(3)]);
    await put('photos/C001/a.jpg', a);
    await put('photos/C001/2023/b.jpg', b);
    await put('photos/C001/copy-of-a.jpg', a);
    await put('photos/C002/c.jpg', c);
    await put('photos/C002/notes.txt', 'not a photo');
    await put('photos/C999/x.jpg', a);
    await put('photos/C999/y.jpg', b);
    await put('photos/stray.jpg', c);
    await put('photos/.thumbnails/C001/a.jpg', a);
    const photos = path.join(directory, 'photos');

    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'folder',
      customersFile: customers,
      photos,
    });
    expect(report.fileErrors).toEqual([]);
    expect(report.photos).toEqual({
      source: 'photos/',
      kind: 'folder',
      entries: 8,
      added: 3,
      updated: 0,
      unchanged: 1,
      rejected: 4,
      embedded: 0,
      cached: 0,
      embeddingSkipped: true,
    });
    expect(report.rowErrors.map((issue) => [issue.file, issue.code])).toEqual([
      ['photos/stray.jpg', 'PHOTO_NOT_IN_CUSTOMER_FOLDER'],
      ['photos/C999/', 'CUSTOMER_UNKNOWN'],
      ['photos/C002/notes.txt', 'IMAGE_NOT_AN_IMAGE'],
    ]);
    expect(report.rowErrors[1]!.message).toBe(
      'photos/C999/: folder "C999" (2 photos) is not a customer id of dataset "folder"; rename the folder to the customer\'s id, or add the customer to the customers file',
    );
    expect(report.warnings).toEqual([
      '3 photos were linked without embedding (--no-embed); import again without --no-embed before analysing photos, to embed any that are missing.',
    ]);
    expect(await links('folder')).toEqual([
      { customer: 'C001', sha256: sha256(b), file: 'photos/C001/2023/b.jpg', postedAt: null },
      { customer: 'C001', sha256: sha256(a), file: 'photos/C001/a.jpg', postedAt: null },
      { customer: 'C002', sha256: sha256(c), file: 'photos/C002/c.jpg', postedAt: null },
    ]);

    const again = await importDataset({ prisma: database.prisma, datasetName: 'folder', photos });
    expect(again.photos).toMatchObject({ entries: 8, added: 0, updated: 0, unchanged: 4, rejected: 4 });
    expect(await database.prisma.photo.count({ where: { dataset: { name: 'folder' } } })).toBe(3);
  });

  it('links a manifest with paths relative to it, reporting each bad row with its line', async () => {
    const [a, b, c] = await Promise.all([makeJpeg(11), makeJpeg(12), makeJpeg(13)]);
    await put('shoot/img/a.jpg', a);
    await put('shoot/img/b.jpg', b);
    await put('shoot/img/c.jpg', c);
    const manifest = path.join(directory, 'shoot/manifest.csv');
    await writeFile(
      manifest,
      [
        'customer_id,path,posted_at',
        'C001,img/a.jpg,2024-03-01',
        'C002,img/a.jpg,',
        'C002,img/missing.jpg,',
        'C003,img/b.jpg,',
        'C001,img/b.jpg,03/01/2024',
        'C001,img\\c.jpg,2024-03-02T10:00',
        'C001,img/a.jpg,2024-03-01',
        '',
      ].join('\n'),
    );
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'manifest',
      customersFile: customers,
      photos: manifest,
    });
    expect(report.photos).toMatchObject({
      source: 'manifest.csv',
      kind: 'manifest',
      entries: 7,
      added: 3,
      unchanged: 0,
      rejected: 4,
    });
    expect(report.rowErrors.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [4, 'path', 'PHOTO_NOT_FOUND'],
      [5, 'customer_id', 'CUSTOMER_UNKNOWN'],
      [6, 'posted_at', 'DATE_FORMAT'],
      [8, 'path', 'PHOTO_DUPLICATE'],
    ]);
    expect(report.rowErrors[0]!.message).toBe(
      `manifest.csv line 4: path "img/missing.jpg" does not exist (looked for ${path.join(directory, 'shoot/img/missing.jpg')}); paths are relative to the manifest's folder`,
    );
    expect(await links('manifest')).toEqual([
      { customer: 'C001', sha256: sha256(a), file: 'shoot/img/a.jpg', postedAt: '2024-03-01T00:00:00.000Z' },
      { customer: 'C002', sha256: sha256(a), file: 'shoot/img/a.jpg', postedAt: null },
      { customer: 'C001', sha256: sha256(c), file: 'shoot/img/c.jpg', postedAt: '2024-03-02T10:00:00.000Z' },
    ]);

    // A later manifest without posting times never erases the stored ones.
    const bare = path.join(directory, 'shoot/bare.csv');
    await writeFile(bare, 'customer_id,path\nC001,img/a.jpg\nC001,img/c.jpg\n');
    const again = await importDataset({ prisma: database.prisma, datasetName: 'manifest', photos: bare });
    expect(again.photos).toMatchObject({ added: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect((await links('manifest')).map((link) => link.postedAt)).toEqual([
      '2024-03-01T00:00:00.000Z',
      null,
      '2024-03-02T10:00:00.000Z',
    ]);
  });

  it('reports a manifest without a path column once and an empty photos folder once', async () => {
    const manifest = path.join(directory, 'bad-manifest.csv');
    await writeFile(manifest, 'customer_id,photo_url\nC001,http://example.com/a.jpg\n');
    await mkdir(path.join(directory, 'empty-photos'));
    const first = await importDataset({ prisma: database.prisma, datasetName: 'bad', photos: manifest });
    expect(first.fileErrors).toEqual([
      expect.objectContaining({
        file: 'bad-manifest.csv',
        code: 'CSV_MISSING_COLUMN',
        details: expect.objectContaining({ missingColumns: ['path'] }),
      }),
    ]);
    const second = await importDataset({
      prisma: database.prisma,
      datasetName: 'bad',
      photos: path.join(directory, 'empty-photos'),
    });
    expect(second.fileErrors).toEqual([expect.objectContaining({ code: 'PHOTOS_EMPTY' })]);
  });
});
