import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { decodeFloat32 } from './decode-float32.ts';
import type { StoredEmbedding } from './embedding-record.ts';
import { EmbeddingStoreError } from '../data-errors.ts';

/** Keeps each `IN (…)` well under SQLite's bound-parameter limit. */
const lookupChunkSize = 500;

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
