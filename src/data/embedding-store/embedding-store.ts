/**
 * The embedding store: one row per (photo SHA-256, model id), the vector as float32 little-endian
 * bytes (float32-codec.ts). Saving is idempotent and safe against concurrent writers; photo embedding
 * reaches it through the {@link EmbeddingStore} port bound to one model.
 */
import { z } from 'zod';
import type { ImageEmbedding } from '../../engine/embedding/image-embedder.ts';
import type { LabelScore } from '../../engine/embedding/top-labels.ts';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { EmbeddingStoreError } from '../data-errors.ts';
import { writeTransactionOptions } from '../ingest/write-transaction-options.ts';
import { decodeFloat32, encodeFloat32 } from './float32-codec.ts';

/** One of the classifier's top predictions for an image (class index, name, probability). */
export type TopLabel = LabelScore;

/** What the embedding step produces for one image file. */
export interface EmbeddingRecord {
  /** Lowercase hex SHA-256 of the image file bytes. */
  sha256: string;
  vector: Float32Array;
  /** Best first, usually 5. */
  topLabels: TopLabel[];
  width: number;
  height: number;
}

/** An {@link EmbeddingRecord} as read back from the database. */
export interface StoredEmbedding extends EmbeddingRecord {
  modelId: string;
  createdAt: Date;
}

/** What photo embedding needs from storage, bound to one model id (see `createEmbeddingStore`). */
export interface EmbeddingStore {
  findEmbeddings(sha256s: readonly string[]): Promise<Map<string, { topLabels: LabelScore[] }>>;
  saveEmbeddings(records: readonly { sha256: string; embedding: ImageEmbedding }[]): Promise<void>;
}

/** What {@link saveEmbeddings} did. */
export interface SaveEmbeddingsResult {
  /** Rows written now. */
  inserted: number;
  /** Records skipped because (sha256, modelId) was already stored or repeated in the input. */
  alreadyStored: number;
}

/** A concurrent writer can insert the same hash between our lookup and our insert; retry then. */
const maximumAttempts = 3;

/** Keeps each `IN (…)` well under SQLite's bound-parameter limit. */
const lookupChunkSize = 500;

/**
 * Stores embeddings computed with `modelId`, all in one transaction. Saving a hash that is
 * already stored is a no-op (the first stored vector is kept: same bytes, same model, same
 * vector), so re-running an import after a crash never fails on duplicates.
 *
 * @throws EmbeddingStoreError `EMBEDDING_INVALID` for a malformed record (nothing is saved).
 */
export async function saveEmbeddings(
  prisma: PrismaClient,
  modelId: string,
  records: readonly EmbeddingRecord[],
): Promise<SaveEmbeddingsResult> {
  validate(modelId, records);
  const unique = [...new Map(records.map((record) => [record.sha256, record])).values()];
  for (let attempt = 1; ; attempt += 1) {
    // Looked up outside the transaction so its first statement is the INSERT: a SQLite
    // transaction that reads first cannot wait for another process's write lock in WAL mode.
    const stored = await findStoredHashes(prisma, modelId, unique);
    const missing = unique.filter((record) => !stored.has(record.sha256));
    try {
      if (missing.length > 0) {
        await prisma.$transaction(async (transaction) => {
          await transaction.embedding.createMany({
            data: missing.map((record) => ({
              sha256: record.sha256,
              modelId,
              vector: encodeFloat32(record.vector),
              topLabels: JSON.stringify(record.topLabels),
              width: record.width,
              height: record.height,
            })),
          });
        }, writeTransactionOptions);
      }
      return { inserted: missing.length, alreadyStored: records.length - missing.length };
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!duplicate || attempt >= maximumAttempts) throw error;
    }
  }
}

async function findStoredHashes(
  prisma: PrismaClient,
  modelId: string,
  records: readonly EmbeddingRecord[],
): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let start = 0; start < records.length; start += lookupChunkSize) {
    const rows = await prisma.embedding.findMany({
      where: { modelId, sha256: { in: records.slice(start, start + lookupChunkSize).map((record) => record.sha256) } },
      select: { sha256: true },
    });
    for (const row of rows) stored.add(row.sha256);
  }
  return stored;
}

function validate(modelId: string, records: readonly EmbeddingRecord[]): void {
  if (modelId.trim() === '')
    invalid('modelId is empty; pass the model identity, e.g. "resnet50-keras-imagenet@1".', {});
  const length = records[0]?.vector.length;
  for (const record of records) {
    const where = { sha256: record.sha256, modelId };
    if (!/^[0-9a-f]{64}$/.test(record.sha256)) {
      invalid(
        `"${record.sha256}" is not a lowercase hex SHA-256; hash the file bytes with createHash('sha256').digest('hex').`,
        where,
      );
    }
    if (record.vector.length === 0 || record.vector.length !== length) {
      invalid(
        `The vector of ${record.sha256} has ${record.vector.length} values; all vectors of one model must have the same non-zero length (${length}).`,
        where,
      );
    }
    if (!record.vector.every(Number.isFinite)) {
      invalid(`The vector of ${record.sha256} contains NaN or Infinity; check the model output before saving.`, where);
    }
    if (![record.width, record.height].every((side) => Number.isInteger(side) && side > 0)) {
      invalid(`The size of ${record.sha256} (${record.width}x${record.height}) must be positive integers.`, where);
    }
  }
}

function invalid(message: string, details: Record<string, unknown>): never {
  throw new EmbeddingStoreError('EMBEDDING_INVALID', message, details);
}

const topLabelsSchema = z.array(z.object({ index: z.number().int(), label: z.string(), probability: z.number() }));

/**
 * The stored embeddings of `modelId` for the given file hashes, keyed by sha256. Hashes with no
 * embedding yet are simply absent from the map (so callers embed exactly those).
 */
export async function findEmbeddings(
  prisma: PrismaClient,
  modelId: string,
  sha256s: Iterable<string>,
): Promise<Map<string, StoredEmbedding>> {
  const wanted = [...new Set(sha256s)];
  const found = new Map<string, StoredEmbedding>();
  for (let start = 0; start < wanted.length; start += lookupChunkSize) {
    const rows = await prisma.embedding.findMany({
      where: { modelId, sha256: { in: wanted.slice(start, start + lookupChunkSize) } },
    });
    for (const row of rows) {
      const topLabels = topLabelsSchema.safeParse(parseJson(row.topLabels));
      if (!topLabels.success) {
        throw new EmbeddingStoreError(
          'EMBEDDING_LABELS_CORRUPT',
          `The stored top labels of ${row.sha256} (${modelId}) are not valid; delete that Embedding row so it is recomputed.`,
          { sha256: row.sha256, modelId },
        );
      }
      found.set(row.sha256, {
        sha256: row.sha256,
        modelId: row.modelId,
        vector: decodeFloat32(row.vector),
        topLabels: topLabels.data,
        width: row.width,
        height: row.height,
        createdAt: row.createdAt,
      });
    }
  }
  return found;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** How many embeddings are stored for `modelId` (for all models when omitted). */
export async function countEmbeddings(prisma: PrismaClient, modelId?: string): Promise<number> {
  return prisma.embedding.count({ where: modelId === undefined ? {} : { modelId } });
}

/** The Prisma-backed {@link EmbeddingStore} for one model. */
export function createEmbeddingStore(prisma: PrismaClient, modelId: string): EmbeddingStore {
  return {
    findEmbeddings: (sha256s) => findEmbeddings(prisma, modelId, sha256s),
    saveEmbeddings: async (records) => {
      await saveEmbeddings(
        prisma,
        modelId,
        records.map(({ sha256, embedding }) => ({
          sha256,
          vector: embedding.vector,
          topLabels: embedding.topLabels,
          width: embedding.width,
          height: embedding.height,
        })),
      );
    },
  };
}
