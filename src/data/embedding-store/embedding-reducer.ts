/**
 * Reduced embeddings for themes at scale: one seeded PCA per model (an `EmbeddingReducer` row, fitted
 * on a uniform sample of L2-normalised vectors), and each embedding's reduced vector under it (an
 * `EmbeddingReduction` row, 64 float32 values = 256 bytes instead of 8 KB). Reduced vectors are
 * computed once, in pages, and read back by the theme finder instead of the 2048-d vectors.
 */
import { createHash } from 'node:crypto';
import { fitPca, type PcaModel } from '../../engine/clustering/fit-pca.ts';
import { transformPca } from '../../engine/clustering/transform-pca.ts';
import { createRandom } from '../../engine/random/create-random.ts';
import { ReservoirSample } from '../../engine/random/reservoir-sample.ts';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { decodeFloat32, encodeFloat32 } from './float32-codec.ts';

/** Options of {@link ensureEmbeddingReducer} and {@link reduceStoredEmbeddings}. */
export interface EmbeddingReducerOptions {
  /** Kept principal components (the theme finder's `components`). */
  components: number;
  /** Embeddings the PCA is fitted on (a seeded uniform sample when the model has more). */
  sampleSize: number;
  seed: number;
  /**
   * A reducer fitted on fewer than `sampleSize` embeddings is refitted once the model has this many
   * times as many (its axes came from a small, maybe unrepresentative set); one fitted on a full sample stays.
   */
  refitGrowth: number;
  /** Embeddings read per page (each page is one query and, when reducing, one multi-row insert). */
  pageSize: number;
  threads: number;
}

export const defaultEmbeddingReducerOptions: EmbeddingReducerOptions = {
  components: 64,
  sampleSize: 20_000,
  seed: 0,
  refitGrowth: 2,
  pageSize: 1_000,
  threads: 2,
};

/** A stored reducer, ready to apply. */
export interface EmbeddingReducer {
  id: string;
  modelId: string;
  pca: Pick<PcaModel, 'columns' | 'components' | 'mean' | 'axes'>;
  sampleSize: number;
  fittedOn: number;
}

/** Rows per INSERT of reductions: 3 values a row, far below SQLite's bound-parameter limit. */
const insertChunk = 500;

/**
 * The current reducer of `modelId` at these settings: the stored one, or a new fit (replacing, with its
 * reductions, one that saw too small a sample). Null when the model has fewer than `components + 1`
 * embeddings. The sample is drawn by a seeded reservoir over the embeddings' ids, read in keyset pages,
 * and the reducer's id hashes model, settings and sample, so the same rows give the same reducer.
 */
export async function ensureEmbeddingReducer(
  prisma: PrismaClient,
  modelId: string,
  options: Partial<EmbeddingReducerOptions> = {},
): Promise<EmbeddingReducer | null> {
  const settings = { ...defaultEmbeddingReducerOptions, ...options };
  const count = await prisma.embedding.count({ where: { modelId } });
  const stored = await prisma.embeddingReducer.findFirst({
    where: { modelId, components: settings.components, seed: settings.seed },
    orderBy: { createdAt: 'desc' },
  });
  const stale =
    stored !== null &&
    stored.sampleSize < Math.min(settings.sampleSize, count) &&
    count >= settings.refitGrowth * stored.fittedOn;
  if (stored && !stale) return fromRow(stored);
  if (count <= settings.components) return null;

  const sample = new ReservoirSample<number>(settings.sampleSize, createRandom(settings.seed));
  for (let cursor = 0; ; ) {
    const page = await prisma.embedding.findMany({
      where: { modelId, id: { gt: cursor } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: 50_000,
    });
    if (page.length === 0) break;
    for (const row of page) sample.offer(row.id);
    cursor = page.at(-1)!.id;
  }
  const ids = [...sample.items].sort((left, right) => left - right);
  const vectors: Float32Array[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await prisma.embedding.findMany({
      where: { id: { in: ids.slice(start, start + 500) } },
      select: { id: true, vector: true },
      orderBy: { id: 'asc' },
    });
    for (const row of rows) vectors.push(decodeFloat32(row.vector));
  }
  const columns = vectors[0]!.length;
  const data = normalizedRows(vectors, columns);
  const pca = await fitPca(data, vectors.length, columns, {
    components: Math.min(settings.components, vectors.length - 1, columns),
    seed: settings.seed,
    threads: settings.threads,
  });
  const id = `pca${pca.components}-${createHash('sha256')
    .update(`${modelId}\n${settings.components}\n${settings.seed}\n${ids.join(',')}`)
    .digest('hex')
    .slice(0, 24)}`;
  await prisma.$executeRaw`INSERT INTO "EmbeddingReducer" ("id", "modelId", "columns", "components", "sampleSize", "fittedOn", "seed", "mean", "axes")
    VALUES (${id}, ${modelId}, ${columns}, ${settings.components}, ${ids.length}, ${sample.seen}, ${settings.seed},
      ${encodeFloat32(Float32Array.from(pca.mean))}, ${encodeFloat32(Float32Array.from(pca.axes))})
    ON CONFLICT DO NOTHING`;
  // The old fit's reductions go with it (cascade); they were made with other axes.
  if (stored && stored.id !== id)
    await prisma.embeddingReducer.delete({ where: { id: stored.id } }).catch(() => undefined);
  return {
    id,
    modelId,
    pca: { columns, components: pca.components, mean: pca.mean, axes: pca.axes },
    sampleSize: ids.length,
    fittedOn: sample.seen,
  };
}

/**
 * Computes and stores the reduced vector of every embedding of the reducer's model that has none under
 * it, a page at a time (keyset pages by id), so memory holds one page of 2048-d vectors. Safe to run
 * from two processes at once (a row reduced twice is inserted once). Returns how many were reduced now.
 */
export async function reduceStoredEmbeddings(
  prisma: PrismaClient,
  reducer: EmbeddingReducer,
  options: Partial<Pick<EmbeddingReducerOptions, 'pageSize' | 'threads'>> & {
    onProgress?: (reduced: number) => void;
  } = {},
): Promise<number> {
  const { pageSize, threads } = { ...defaultEmbeddingReducerOptions, ...options };
  let reduced = 0;
  for (let cursor = 0; ; ) {
    const page = await prisma.embedding.findMany({
      where: { modelId: reducer.modelId, id: { gt: cursor }, reductions: { none: { reducerId: reducer.id } } },
      select: { id: true, vector: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    if (page.length === 0) break;
    cursor = page.at(-1)!.id;
    const vectors = page.map((row) => decodeFloat32(row.vector));
    const projected = await reduceVectors(reducer, vectors, threads);
    const components = reducer.pca.components;
    for (let start = 0; start < page.length; start += insertChunk) {
      const values = page
        .slice(start, start + insertChunk)
        .map(
          (row, offset) =>
            Prisma.sql`(${row.id}, ${reducer.id}, ${encodeFloat32(projected.subarray((start + offset) * components, (start + offset + 1) * components))})`,
        );
      await prisma.$executeRaw`INSERT INTO "EmbeddingReduction" ("embeddingId", "reducerId", "vector") VALUES ${Prisma.join(values)} ON CONFLICT DO NOTHING`;
    }
    reduced += page.length;
    options.onProgress?.(reduced);
  }
  return reduced;
}

/** L2-normalises and projects vectors with the reducer (rows × components, row-major). */
export async function reduceVectors(
  reducer: EmbeddingReducer,
  vectors: readonly Float32Array[],
  threads: number,
): Promise<Float32Array> {
  const { pca } = reducer;
  return transformPca(
    {
      ...pca,
      explainedVariance: new Float64Array(),
      explainedVarianceRatio: new Float64Array(),
      totalVariance: 0,
      method: 'exact',
      warnings: [],
    },
    normalizedRows(vectors, pca.columns),
    vectors.length,
    { threads },
  );
}

/** Rows scaled to unit length (cosine geometry, as `findVisualThemes`), one row-major matrix. */
function normalizedRows(vectors: readonly Float32Array[], columns: number): Float32Array {
  const data = new Float32Array(vectors.length * columns);
  vectors.forEach((vector, row) => {
    let norm = 0;
    for (const value of vector) norm += value * value;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let column = 0; column < columns; column += 1) data[row * columns + column] = vector[column]! * scale;
  });
  return data;
}

function fromRow(row: {
  id: string;
  modelId: string;
  columns: number;
  components: number;
  sampleSize: number;
  fittedOn: number;
  mean: Uint8Array;
  axes: Uint8Array;
}): EmbeddingReducer {
  return {
    id: row.id,
    modelId: row.modelId,
    pca: {
      columns: row.columns,
      // The axes hold the components actually kept (fewer than asked when the model had few embeddings).
      components: row.axes.byteLength / 4 / row.columns,
      mean: Float64Array.from(decodeFloat32(row.mean)),
      axes: Float64Array.from(decodeFloat32(row.axes)),
    },
    sampleSize: row.sampleSize,
    fittedOn: row.fittedOn,
  };
}
