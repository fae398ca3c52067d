import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { countEmbeddings, createEmbeddingStore } from '../../../src/data/embedding-store/embedding-store.ts';
import { embedPhotos } from '../../../src/data/photos/embed-photos.ts';
import { listPhotoFiles, PhotoFolderError } from '../../../src/data/photos/list-photo-files.ts';
import { ImageEmbedder } from '../../../src/engine/embedding/image-embedder.ts';
import { makeJpeg } from '../../support/fixture-images.ts';
import { modelForTests } from '../../support/model-for-tests.ts';
import { oversizedPng } from '../../support/oversized-png.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

describe('embedPhotos (real model, real SQLite)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let embedder: ImageEmbedder;
  let modelId: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-embed-'));
    const model = await modelForTests();
    modelId = model.modelId;
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    embedder = await ImageEmbedder.create({ modelPath: model.modelPath, labels: model.labels, batchSize: 4 });
  });

  afterAll(async () => {
    await embedder?.dispose();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('gives each bad file its own clear error, embeds the rest, and a re-run keeps everything stored', async () => {
    const photos = path.join(directory, 'mixed');
    await mkdir(photos);
    for (const seed of [1, 2, 3]) await writeFile(path.join(photos, `good-${seed}.jpg`), await makeJpeg(seed));
    await writeFile(path.join(photos, 'notes.txt'), 'not a photo\n');
    await writeFile(path.join(photos, 'empty.jpg'), Buffer.alloc(0));
    const whole = await makeJpeg(9, 640, 480);
    await writeFile(path.join(photos, 'truncated.jpg'), whole.subarray(0, whole.length >> 1));
    await writeFile(path.join(photos, 'bomb.png'), oversizedPng(50_000, 50_000));
    await symlink(path.join(directory, 'missing.jpg'), path.join(photos, 'unreadable.jpg'));
    const store = createEmbeddingStore(database.prisma, modelId);

    const first = await embedPhotos({ embedder, store, files: await listPhotoFiles(photos) });
    const codes = Object.fromEntries(
      first.results.map((result) => [path.basename(result.path), result.error?.code ?? result.status]),
    );
    expect(codes).toEqual({
      'bomb.png': 'IMAGE_TOO_LARGE',
      'empty.jpg': 'IMAGE_EMPTY',
      'good-1.jpg': 'embedded',
      'good-2.jpg': 'embedded',
      'good-3.jpg': 'embedded',
      'notes.txt': 'IMAGE_NOT_AN_IMAGE',
      'truncated.jpg': 'IMAGE_TRUNCATED',
      'unreadable.jpg': 'FILE_NOT_FOUND',
    });
    expect([first.embedded, first.cached, first.failed]).toEqual([3, 0, 5]);
    for (const result of first.results.filter((each) => each.status === 'failed'))
      expect(result.error!.message.length).toBeGreaterThan(20);
    expect(first.results.find((result) => result.status === 'embedded')!.topLabels).toHaveLength(5);

    const second = await embedPhotos({ embedder, store, files: await listPhotoFiles(photos) });
    expect([second.embedded, second.cached, second.failed]).toEqual([0, 3, 5]);
    expect(await countEmbeddings(database.prisma, modelId)).toBe(3);
  });

  it('embeds identical bytes under two names once and reports both', async () => {
    const photos = path.join(directory, 'duplicates');
    await mkdir(photos);
    const bytes = await makeJpeg(42);
    await writeFile(path.join(photos, 'a.jpg'), bytes);
    await writeFile(path.join(photos, 'b.jpg'), bytes);
    const before = await countEmbeddings(database.prisma, modelId);
    const summary = await embedPhotos({
      embedder,
      store: createEmbeddingStore(database.prisma, modelId),
      files: await listPhotoFiles(photos),
    });
    expect(summary.results.map((result) => result.status)).toEqual(['embedded', 'cached']);
    expect(await countEmbeddings(database.prisma, modelId)).toBe(before + 1);
  });

  it('reports a copy found after its original was already saved (one picture shared by many customers)', async () => {
    const photos = path.join(directory, 'late-copies');
    await mkdir(photos);
    const shared = await makeJpeg(77);
    // Distinct photos first, so the original's batch is saved before its copies come up in the same lookup.
    await writeFile(path.join(photos, 'a-original.jpg'), shared);
    for (let seed = 0; seed < 12; seed += 1)
      await writeFile(path.join(photos, `b-${seed}.jpg`), await makeJpeg(100 + seed));
    for (const name of ['c-copy.jpg', 'd-copy.jpg']) await writeFile(path.join(photos, name), shared);
    const summary = await embedPhotos({
      embedder,
      store: createEmbeddingStore(database.prisma, modelId),
      files: await listPhotoFiles(photos),
    });
    const byName = new Map(summary.results.map((result) => [path.basename(result.path), result]));
    expect(byName.get('a-original.jpg')!.status).toBe('embedded');
    expect(byName.get('c-copy.jpg')!.status).toBe('cached');
    expect(byName.get('d-copy.jpg')!.sha256).toBe(byName.get('a-original.jpg')!.sha256);
    expect([summary.files, summary.embedded, summary.cached, summary.failed]).toEqual([15, 13, 2, 0]);
  });

  it('refuses a missing folder or a file given as the folder', async () => {
    await expect(listPhotoFiles(path.join(directory, 'no-such-folder'))).rejects.toMatchObject({
      code: 'FOLDER_NOT_FOUND',
    });
    const file = path.join(directory, 'file.jpg');
    await writeFile(file, await makeJpeg(1));
    await expect(listPhotoFiles(file)).rejects.toBeInstanceOf(PhotoFolderError);
  });
});
