import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findThemesInDatabase } from '../../../src/data/analysis/find-themes-in-database.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { ensureEmbeddingReducer, reduceVectors } from '../../../src/data/embedding-store/embedding-reducer.ts';
import { saveEmbeddings } from '../../../src/data/embedding-store/embedding-store.ts';
import { decodeFloat32 } from '../../../src/data/embedding-store/float32-codec.ts';
import { insertRows } from '../../../src/data/ingest/insert-rows.ts';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { findVisualThemes } from '../../../src/engine/themes/find-visual-themes.ts';
import { createPlantedEmbeddings } from '../../../tools/scale/planted-embeddings.ts';
import { makeTestDatabaseUrl, testDatabaseEngine } from '../../support/test-database.ts';

const modelId = 'planted-test@1';
const planted = createPlantedEmbeddings({ columns: 256, clusters: 5, separation: 0.35, seed: 3 });
const labelOf = (cluster: number) => [{ index: 207 + cluster, label: `class_${cluster}`, probability: 0.9 }];

/** Stores photos first … first + count − 1 of the planted set, each its own customer in `datasetId`. */
async function storePhotos(database: TakumiDatabase, datasetId: number, first: number, count: number) {
  const indexes = Array.from({ length: count }, (_, offset) => first + offset);
  await saveEmbeddings(
    database.prisma,
    modelId,
    indexes.map((index) => ({
      sha256: planted.sha256(index),
      vector: planted.vector(index),
      topLabels: labelOf(planted.cluster(index)),
      width: 224,
      height: 224,
    })),
  );
  await database.prisma.$transaction(async (transaction) => {
    await insertRows(
      transaction,
      'Customer',
      indexes.map((index) => ({ datasetId, externalId: `C${index}`, attributes: '{}' })),
    );
  });
  const customers = await database.prisma.customer.findMany({
    where: { datasetId },
    select: { id: true, externalId: true },
  });
  const idOf = new Map(customers.map((customer) => [customer.externalId, customer.id]));
  await database.prisma.$transaction(async (transaction) => {
    await insertRows(
      transaction,
      'Photo',
      indexes.map((index) => ({
        datasetId,
        customerId: idOf.get(`C${index}`)!,
        sha256: planted.sha256(index),
        path: `/photos/${index}.jpg`,
        postedAt: null,
      })),
    );
  });
}

describe(`themes found in the database from reduced vectors (${testDatabaseEngine})`, () => {
  let directory: string;
  let database: TakumiDatabase;
  let datasetId: number;
  const photos = 1200;
  const options = {
    k: null,
    minK: 3,
    maxK: 7,
    components: 16,
    seed: 5,
    threads: 1,
    initializations: 2,
    restarts: 2,
    tieTolerance: 0,
    sampleSize: 500,
    pageSize: 170,
    reducer: { sampleSize: 2_000, pageSize: 230 },
  };

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-db-themes-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    datasetId = (await database.prisma.dataset.create({ data: { name: 'planted' } })).id;
    await storePhotos(database, datasetId, 0, photos);
    // Another dataset's photos of the same model: reduced too, but never part of this dataset's themes.
    const other = (await database.prisma.dataset.create({ data: { name: 'other' } })).id;
    await storePhotos(database, other, 50_000, 40);
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('agrees with themes from all vectors in memory, assigns each photo once, and reuses stored reductions', async () => {
    const result = await findThemesInDatabase({ prisma: database.prisma, datasetId, modelId, options });
    expect(result.stats).toMatchObject({ photos, sample: 500, reducedNow: photos + 40 });
    expect(new Set(result.sha256s).size).toBe(photos);
    expect(result.sha256s.every((sha256) => sha256 !== planted.sha256(50_000))).toBe(true);
    expect(result.themes.reduce((sum, theme) => sum + theme.size, 0)).toBe(photos);
    expect(result.themes.map((theme) => theme.size)).toEqual(
      [...result.themes.map((theme) => theme.size)].sort((a, b) => b - a),
    );
    expect(result.restartPhotoThemes).toHaveLength(2);

    // The reference: every 2048-d… here 256-d vector in memory, the exact path of small datasets.
    const indexOf = new Map(Array.from({ length: photos }, (_, index) => [planted.sha256(index), index]));
    const order = result.sha256s.map((sha256) => indexOf.get(sha256)!);
    const exact = await findVisualThemes(
      order.map((index) => ({ vector: planted.vector(index), topLabels: labelOf(planted.cluster(index)) })),
      { ...options },
    );
    const truth = order.map((index) => planted.cluster(index));
    expect(exact.themes).toHaveLength(5);
    expect(result.themes).toHaveLength(5);
    expect(adjustedRandIndex(exact.photoThemes, result.photoThemes)).toBeGreaterThan(0.95);
    expect(adjustedRandIndex(truth, result.photoThemes)).toBeGreaterThan(0.95);
    // Named from the sample's labels: each theme is one planted class.
    expect(result.themes.every((theme) => theme.labels[0]!.share > 0.9)).toBe(true);

    const again = await findThemesInDatabase({ prisma: database.prisma, datasetId, modelId, options });
    expect(again.stats).toMatchObject({ reducedNow: 0, reducerId: result.stats.reducerId });
    expect(Array.from(again.photoThemes)).toEqual(Array.from(result.photoThemes));
  }, 240_000);

  it('stores reduced vectors that keep distances: never longer, and the planted centres within 5 %', async () => {
    const reducer = (await ensureEmbeddingReducer(database.prisma, modelId, {
      components: 16,
      seed: 5,
      sampleSize: 2_000,
    }))!;
    const rows = await database.prisma.embeddingReduction.findMany({
      where: { reducerId: reducer.id },
      select: { vector: true, embedding: { select: { sha256: true, vector: true } } },
      orderBy: { embeddingId: 'asc' },
    });
    expect(rows).toHaveLength(photos + 40);
    expect(rows[0]!.vector.byteLength).toBe(16 * 4);
    const unit = (vector: Float32Array) => {
      const norm = Math.hypot(...vector);
      return vector.map((value) => value / norm);
    };
    const full = rows.map((row) => unit(decodeFloat32(row.embedding.vector)));
    const reduced = rows.map((row) => decodeFloat32(row.vector));
    // What is stored is what the reducer computes now.
    const recomputed = await reduceVectors(
      reducer,
      rows.slice(0, 5).map((row) => decodeFloat32(row.embedding.vector)),
      1,
    );
    for (let value = 0; value < 5 * 16; value += 1)
      expect(recomputed[value]).toBeCloseTo(reduced[Math.floor(value / 16)]![value % 16]!, 5);
    const distance = (left: Float32Array, right: Float32Array) =>
      Math.hypot(...left.map((value, index) => value - right[index]!));
    // An orthogonal projection never lengthens a difference (1e-4: float32 rounding).
    for (let pair = 0; pair < 299; pair += 1)
      expect(distance(reduced[pair]!, reduced[pair + 1]!)).toBeLessThanOrEqual(
        distance(full[pair]!, full[pair + 1]!) + 1e-4,
      );
    // The planted structure lives in the kept components: cluster means keep their distances (means
    // over ~250 photos each, so the noise left in a full-space mean lengthens it by about 2 % only).
    const clusterOf = new Map(
      Array.from({ length: photos }, (_, index) => [planted.sha256(index), planted.cluster(index)]),
    );
    const mean = (vectors: Float32Array[], cluster: number) => {
      const members = vectors.filter((_, row) => clusterOf.get(rows[row]!.embedding.sha256) === cluster);
      return members[0]!.map((_, column) => members.reduce((sum, vector) => sum + vector[column]!, 0) / members.length);
    };
    for (const [left, right] of [
      [0, 4],
      [1, 3],
      [2, 4],
    ] as const) {
      const ratio = distance(mean(reduced, left), mean(reduced, right)) / distance(mean(full, left), mean(full, right));
      expect(ratio).toBeGreaterThan(0.95);
      expect(ratio).toBeLessThanOrEqual(1.0001);
    }
  }, 120_000);

  it('refits a reducer that saw too few embeddings once the model has grown, dropping its reductions', async () => {
    const before = (await ensureEmbeddingReducer(database.prisma, modelId, {
      components: 16,
      seed: 5,
      sampleSize: 2_000,
    }))!;
    expect(before.sampleSize).toBe(photos + 40);
    const grown = (await database.prisma.dataset.create({ data: { name: 'grown' } })).id;
    await storePhotos(database, grown, 100_000, photos + 40);
    const after = (await ensureEmbeddingReducer(database.prisma, modelId, {
      components: 16,
      seed: 5,
      sampleSize: 2_000,
    }))!;
    expect(after.id).not.toBe(before.id);
    expect(after.sampleSize).toBe(2_000);
    expect(await database.prisma.embeddingReduction.count({ where: { reducerId: before.id } })).toBe(0);
    expect(await database.prisma.embeddingReducer.count({ where: { modelId } })).toBe(1);
    // A full sample is kept from now on.
    const same = (await ensureEmbeddingReducer(database.prisma, modelId, {
      components: 16,
      seed: 5,
      sampleSize: 2_000,
    }))!;
    expect(same.id).toBe(after.id);
  }, 120_000);
});
