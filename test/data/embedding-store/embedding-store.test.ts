import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import {
  countEmbeddings,
  type EmbeddingRecord,
  findEmbeddings,
  saveEmbeddings,
} from '../../../src/data/embedding-store/embedding-store.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { makeTestDatabaseUrl } from '../../support/test-database.ts';

const modelId = 'resnet50-keras-imagenet@1';
let directory: string;
let databaseUrl: string;
let database: TakumiDatabase;

beforeEach(async () => {
  directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-embeddings-'));
  databaseUrl = await makeTestDatabaseUrl(directory);
  database = await openDatabase({ databaseUrl });
});
afterEach(async () => {
  await database.close();
  rmSync(directory, { recursive: true, force: true });
});

function record(name: string, length = 2048, seed = 1): EmbeddingRecord {
  const random = createRandom(seed);
  // Wide dynamic range, negative values and -0, like nothing a lossy encoding would survive.
  const vector = Float32Array.from({ length }, (_, index) =>
    index === 0 ? -0 : (random.next() - 0.5) * 10 ** random.integer(12),
  );
  return {
    sha256: createHash('sha256').update(name).digest('hex'),
    vector,
    topLabels: [
      { index: 207, label: 'golden retriever', probability: 0.8125 },
      { index: 208, label: 'Labrador retriever', probability: 0.0625 },
    ],
    width: 640,
    height: 480,
  };
}

function bytesOf(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

describe('embedding store', () => {
  it('stores and finds embeddings with every float unchanged', async () => {
    const saved = [record('a.jpg', 2048, 1), record('b.jpg', 2048, 2)];
    expect(await saveEmbeddings(database.prisma, modelId, saved)).toEqual({ inserted: 2, alreadyStored: 0 });

    const found = await findEmbeddings(database.prisma, modelId, [saved[0]!.sha256, saved[1]!.sha256]);
    expect(found.size).toBe(2);
    for (const original of saved) {
      const stored = found.get(original.sha256)!;
      expect(bytesOf(stored.vector).equals(bytesOf(original.vector))).toBe(true);
      expect(Object.is(stored.vector[0], -0)).toBe(true);
      expect(stored).toMatchObject({ modelId, width: 640, height: 480, topLabels: original.topLabels });
      expect(stored.createdAt).toBeInstanceOf(Date);
    }
  });

  it('survives closing and reopening the database', async () => {
    const saved = record('a.jpg');
    await saveEmbeddings(database.prisma, modelId, [saved]);
    await database.close();
    database = await openDatabase({ databaseUrl });
    const found = await findEmbeddings(database.prisma, modelId, [saved.sha256]);
    expect(bytesOf(found.get(saved.sha256)!.vector).equals(bytesOf(saved.vector))).toBe(true);
  });

  it('leaves out hashes that have no embedding, and those of other models', async () => {
    const saved = record('a.jpg');
    await saveEmbeddings(database.prisma, 'other-model@1', [saved]);
    const missing = createHash('sha256').update('missing').digest('hex');
    expect((await findEmbeddings(database.prisma, modelId, [saved.sha256, missing])).size).toBe(0);
    expect([...(await findEmbeddings(database.prisma, 'other-model@1', [saved.sha256, missing])).keys()]).toEqual([
      saved.sha256,
    ]);
    expect(await countEmbeddings(database.prisma, modelId)).toBe(0);
    expect(await countEmbeddings(database.prisma, 'other-model@1')).toBe(1);
    expect(await countEmbeddings(database.prisma)).toBe(1);
  });

  it('treats saving an already stored hash as a no-op, also within one batch', async () => {
    const first = record('a.jpg', 2048, 1);
    await saveEmbeddings(database.prisma, modelId, [first]);
    const again = { ...record('a.jpg', 2048, 99) }; // same file hash, different vector: first one wins
    const second = record('b.jpg', 2048, 2);
    expect(await saveEmbeddings(database.prisma, modelId, [again, second, second])).toEqual({
      inserted: 1,
      alreadyStored: 2,
    });
    expect(await saveEmbeddings(database.prisma, modelId, [first, second])).toEqual({ inserted: 0, alreadyStored: 2 });
    expect(await countEmbeddings(database.prisma, modelId)).toBe(2);
    const stored = await findEmbeddings(database.prisma, modelId, [first.sha256]);
    expect(bytesOf(stored.get(first.sha256)!.vector).equals(bytesOf(first.vector))).toBe(true);
  });

  it('lets overlapping saves race without failing or duplicating', async () => {
    const records = Array.from({ length: 20 }, (_, index) => record(`${index}.jpg`, 8, index));
    const results = await Promise.all([
      saveEmbeddings(database.prisma, modelId, records.slice(0, 15)),
      saveEmbeddings(database.prisma, modelId, records.slice(5)),
      saveEmbeddings(database.prisma, modelId, records),
    ]);
    expect(results.reduce((sum, result) => sum + result.inserted, 0)).toBe(20);
    expect(await countEmbeddings(database.prisma, modelId)).toBe(20);
  });

  it('finds more hashes than one SQL statement may bind', async () => {
    const records = Array.from({ length: 1234 }, (_, index) => record(`${index}.jpg`, 4, index));
    await saveEmbeddings(database.prisma, modelId, records);
    const found = await findEmbeddings(
      database.prisma,
      modelId,
      records.map((each) => each.sha256),
    );
    expect(found.size).toBe(1234);
    expect([...found.get(records[1233]!.sha256)!.vector]).toEqual([...records[1233]!.vector]);
  });

  it('rejects malformed records and saves none of the batch', async () => {
    const good = record('a.jpg', 8);
    const cases: Array<[Partial<EmbeddingRecord>, RegExp]> = [
      [{ sha256: good.sha256.toUpperCase() }, /not a lowercase hex SHA-256/],
      [{ vector: new Float32Array([1, Number.NaN, 0, 0, 0, 0, 0, 0]) }, /NaN or Infinity/],
      [{ vector: new Float32Array(4) }, /same non-zero length/],
      [{ width: 0 }, /positive integers/],
    ];
    for (const [change, message] of cases) {
      const bad = { ...record('z.jpg', 8), ...change };
      const failure = saveEmbeddings(database.prisma, modelId, [good, bad]);
      await expect(failure).rejects.toMatchObject({ name: 'EmbeddingStoreError', code: 'EMBEDDING_INVALID' });
      await expect(failure).rejects.toThrow(message);
    }
    await expect(saveEmbeddings(database.prisma, ' ', [good])).rejects.toThrow(/modelId is empty/);
    expect(await countEmbeddings(database.prisma)).toBe(0);
  });
});
