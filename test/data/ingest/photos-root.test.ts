import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { importDataset } from '../../../src/data/ingest/import-dataset.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

/**
 * Issue 11 item 11, from the attacker's side: a manifest (or a customer folder) that points at files
 * outside the folder the operator meant — `../`, an absolute path, a symbolic link — must not get
 * those files read or linked. Each is refused with PHOTO_OUTSIDE_ROOT; the other photos are linked.
 */
describe('importDataset: photos stay under the photos root (real SQLite, real files)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let customers: string;
  const put = async (relative: string, bytes: Buffer | string): Promise<string> => {
    const file = path.join(directory, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return file;
  };
  const linkedFiles = async (datasetName: string): Promise<string[]> =>
    (await database.prisma.photo.findMany({ where: { dataset: { name: datasetName } }, orderBy: { id: 'asc' } })).map(
      (photo) => path.relative(directory, photo.path),
    );

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-photos-root-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    customers = await put('export/customers.csv', 'customer_id,name\nC001,Aoki\nC002,Baba\n');
    // The "secret" is a real photo, so only the root rule can keep it out.
    const secret = await put('private/secret.jpg', await makeJpeg(41));
    await put('private/other.jpg', await makeJpeg(44));
    await put('export/photos/good.jpg', await makeJpeg(42));
    await put('export/photos/C002/own.jpg', await makeJpeg(43));
    await symlink(secret, path.join(directory, 'export/photos/innocent.jpg'));
    await symlink(secret, path.join(directory, 'export/photos/C002/linked.jpg'));
    await put(
      'export/manifest.csv',
      [
        'customer_id,path',
        'C001,photos/good.jpg',
        'C001,../private/secret.jpg',
        `C002,${secret}`,
        'C002,photos/innocent.jpg',
        'C002,photos/../../private/other.jpg',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("refuses manifest paths that leave the manifest's folder (../, absolute, symbolic link); links the rest", async () => {
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'manifest',
      customersFile: customers,
      photos: path.join(directory, 'export/manifest.csv'),
    });
    expect(report.fileErrors).toEqual([]);
    expect(report.customers?.added).toBe(2);
    expect(report.photos).toMatchObject({ entries: 5, added: 1, rejected: 4 });
    expect(await linkedFiles('manifest')).toEqual(['export/photos/good.jpg']);
    const refused = report.rowErrors.filter((issue) => issue.code === 'PHOTO_OUTSIDE_ROOT');
    expect(refused.map((issue) => issue.line)).toEqual([3, 4, 5, 6]);
    const root = path.join(directory, 'export');
    expect(refused[0]!.message).toBe(
      `manifest.csv line 3: path "../private/secret.jpg" is outside the photos root ${root}; move the photo under it, or pass --photos-root with a folder that holds every photo`,
    );
    expect(refused[2]!.message).toContain('(through a symbolic link)');
  });

  it('refuses a symbolic link in a customer folder that points out of the photos folder', async () => {
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'folder',
      customersFile: customers,
      photos: path.join(directory, 'export/photos'),
    });
    expect(await linkedFiles('folder')).toEqual(['export/photos/C002/own.jpg']);
    expect(report.rowErrors.map((issue) => [issue.file, issue.code])).toContainEqual([
      'photos/C002/linked.jpg',
      'PHOTO_OUTSIDE_ROOT',
    ]);
  });

  it('accepts the same paths under a wider --photos-root the operator names, and refuses a root that is missing', async () => {
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'wide',
      customersFile: customers,
      photos: path.join(directory, 'export/manifest.csv'),
      photosRoot: directory,
    });
    expect(report.rowErrors.filter((issue) => issue.code === 'PHOTO_OUTSIDE_ROOT')).toEqual([]);
    expect(report.photos?.added).toBeGreaterThanOrEqual(2);

    const missing = await importDataset({
      prisma: database.prisma,
      datasetName: 'missing-root',
      customersFile: customers,
      photos: path.join(directory, 'export/manifest.csv'),
      photosRoot: path.join(directory, 'nowhere'),
    });
    // The customers are still imported; the photo stage names the root and the fix.
    expect(missing.customers?.added).toBe(2);
    expect(missing.fileErrors).toMatchObject([
      {
        code: 'PHOTOS_ROOT_NOT_FOUND',
        message: `--photos-root ${path.join(directory, 'nowhere')} does not exist. Pass the folder that holds every photo the manifest lists.`,
      },
    ]);
  });
});
