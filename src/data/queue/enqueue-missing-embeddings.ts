import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { PhotoQueue } from './photo-queue.ts';

/** Options of {@link enqueueMissingEmbeddings}. */
export interface EnqueueMissingEmbeddingsOptions {
  prisma: PrismaClient;
  queue: PhotoQueue;
  modelId: string;
  /** Only this dataset's photos; all datasets when omitted. */
  datasetId?: number;
}

/** What {@link enqueueMissingEmbeddings} found. */
export interface EnqueueResult {
  /** Distinct photos (by SHA-256) without a stored embedding for the model. */
  missing: number;
  /** Jobs added now (the others were already queued). */
  enqueued: number;
}

/**
 * Queues one job per distinct photo (SHA-256) of the dataset that has no embedding for `modelId`
 * yet; `takumi worker` processes embed them. Photos already queued are not added twice.
 */
export async function enqueueMissingEmbeddings(options: EnqueueMissingEmbeddingsOptions): Promise<EnqueueResult> {
  const photos = await options.prisma.photo.findMany({
    where: options.datasetId === undefined ? {} : { datasetId: options.datasetId },
    select: { sha256: true, path: true },
    distinct: ['sha256'],
  });
  const stored = new Set<string>();
  for (let start = 0; start < photos.length; start += 500) {
    const rows = await options.prisma.embedding.findMany({
      where: {
        modelId: options.modelId,
        sha256: { in: photos.slice(start, start + 500).map((photo) => photo.sha256) },
      },
      select: { sha256: true },
    });
    for (const row of rows) stored.add(row.sha256);
  }
  const missing = photos.filter((photo) => !stored.has(photo.sha256));
  const enqueued = await options.queue.enqueue(
    missing.map((photo) => ({ path: photo.path, sha256: photo.sha256, modelId: options.modelId })),
  );
  return { missing: missing.length, enqueued };
}
