import type { PrismaClient } from '../../generated/prisma/client.ts';
import { identifyPhotos } from '../ingest/identify-photos.ts';
import type { PhotoQueue } from './photo-queue.ts';

/** Options of {@link enqueuePhotoFiles}. */
export interface EnqueuePhotoFilesOptions {
  prisma: PrismaClient;
  queue: PhotoQueue;
  modelId: string;
  /** Absolute paths of the files to embed (the same paths must be readable by the workers). */
  files: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

/** What {@link enqueuePhotoFiles} did, per file where it matters. */
export interface EnqueuePhotoFilesResult {
  files: number;
  /** Distinct photos (by SHA-256) with an embedding for the model already. */
  alreadyStored: number;
  /** Distinct photos without one: queued now or earlier. */
  missing: number;
  /** Jobs added now (the others were already queued or done). */
  enqueued: number;
  /** Files that are not readable images, with the reason; not queued. */
  failed: { path: string; error: { code: string; message: string } }[];
}

/**
 * `takumi embed` on PostgreSQL: hashes the files (bytes are read here, no model runs), and queues one
 * job per distinct photo without a stored embedding for `modelId`, for `takumi worker` processes. A
 * file that cannot be read or is not an image is reported here and not queued; copies of one photo are
 * queued once (the job id is derived from model and SHA-256).
 */
export async function enqueuePhotoFiles(options: EnqueuePhotoFilesOptions): Promise<EnqueuePhotoFilesResult> {
  const identified = await identifyPhotos({
    paths: [...new Set(options.files)],
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const failed: EnqueuePhotoFilesResult['failed'] = [];
  const pathBySha = new Map<string, string>();
  for (const [path, identity] of identified.byPath) {
    if ('error' in identity) failed.push({ path, error: identity.error });
    else if (!pathBySha.has(identity.sha256)) pathBySha.set(identity.sha256, path);
  }
  const hashes = [...pathBySha.keys()];
  const stored = new Set<string>();
  for (let start = 0; start < hashes.length; start += 500) {
    const rows = await options.prisma.embedding.findMany({
      where: { modelId: options.modelId, sha256: { in: hashes.slice(start, start + 500) } },
      select: { sha256: true },
    });
    for (const row of rows) stored.add(row.sha256);
  }
  const missing = hashes.filter((sha256) => !stored.has(sha256));
  const enqueued = await options.queue.enqueue(
    missing.map((sha256) => ({ path: pathBySha.get(sha256)!, sha256, modelId: options.modelId })),
  );
  return { files: options.files.length, alreadyStored: stored.size, missing: missing.length, enqueued, failed };
}
