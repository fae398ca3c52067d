import type { PrismaClient } from '../../generated/prisma/client.ts';

/** How many embeddings are stored for `modelId` (for all models when omitted). */
export async function countEmbeddings(prisma: PrismaClient, modelId?: string): Promise<number> {
  return prisma.embedding.count({ where: modelId === undefined ? {} : { modelId } });
}
