import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findEmbeddings } from '../embedding-store/find-embeddings.ts';
import { saveEmbeddings } from '../embedding-store/save-embeddings.ts';
import type { EmbeddingStore } from './embedding-store-port.ts';

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
