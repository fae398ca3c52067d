import type { ImageEmbedder } from '../../engine/embedding/image-embedder.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { createEmbeddingStore } from '../embedding-store/embedding-store.ts';
import { embedPhotos } from '../photos/embed-photos.ts';
import { type PhotoJobData, type PhotoQueue, photoQueueName } from './photo-queue.ts';

/** Options of {@link runPhotoWorker}. */
export interface RunPhotoWorkerOptions {
  queue: PhotoQueue;
  prisma: PrismaClient;
  embedder: ImageEmbedder;
  /** The id of `embedder`'s model: a job queued for another model (another precision) is not embedded here. */
  modelId: string;
  /** Jobs taken per fetch; one inference batch by default. */
  batchSize?: number;
  /** Wait between polls of an empty queue. */
  idleMilliseconds?: number;
  /** Return once no job is waiting or active (else keep polling until `signal` aborts). */
  exitWhenDone?: boolean;
  signal?: AbortSignal;
  /** Called after each batch with this worker's running totals. */
  onBatch?: (totals: PhotoWorkerTotals) => void;
}

/** What one worker did. */
export interface PhotoWorkerTotals {
  /** Photos this worker embedded and stored. */
  embedded: number;
  /** Jobs whose photo was already stored (another worker finished it first). */
  cached: number;
  /** Tries that failed (a job may fail several times before it is given up). */
  failedTries: number;
}

/**
 * Takes photo jobs from the queue, embeds them (the same `embedPhotos` as in-process import, so a
 * stored hash is never recomputed or stored twice), and completes or fails each job. A bad photo
 * fails its own job with its error, so pg-boss retries it up to the queue's attempts and then keeps
 * it failed with that error; the others in the batch complete. A worker killed mid-batch leaves its
 * jobs active; after the queue's timeout pg-boss hands them to another worker, which stores only the
 * photos the killed one had not saved.
 */
export async function runPhotoWorker(options: RunPhotoWorkerOptions): Promise<PhotoWorkerTotals> {
  const { queue, embedder } = options;
  const batchSize = options.batchSize ?? embedder.options.batchSize;
  const idle = options.idleMilliseconds ?? 1_000;
  const totals: PhotoWorkerTotals = { embedded: 0, cached: 0, failedTries: 0 };
  const stores = new Map<string, ReturnType<typeof createEmbeddingStore>>();
  while (options.signal?.aborted !== true) {
    const jobs = await queue.boss.fetch<PhotoJobData>(photoQueueName, { batchSize });
    if (jobs.length === 0) {
      if (options.exitWhenDone) {
        const counts = await queue.counts();
        if (counts.waiting === 0 && counts.active === 0) break;
      }
      await sleep(idle, options.signal);
      continue;
    }
    // Jobs of one batch normally share a model; group anyway so each is stored under its own.
    const byModel = new Map<string, typeof jobs>();
    for (const job of jobs) byModel.set(job.data.modelId, [...(byModel.get(job.data.modelId) ?? []), job]);
    for (const [modelId, group] of byModel) {
      if (modelId !== options.modelId) {
        // Storing this model's vectors under another model's id would mix two embedding spaces.
        for (const job of group) {
          await queue.boss.fail(photoQueueName, job.id, {
            message:
              `${job.data.path} was queued for the model ${modelId}, but this worker runs ${options.modelId}; ` +
              'start the workers with the same TAKUMI_PRECISION as the import, then run the import again.',
            code: 'MODEL_MISMATCH',
          });
          totals.failedTries += 1;
        }
        continue;
      }
      let store = stores.get(modelId);
      if (store === undefined) {
        store = createEmbeddingStore(options.prisma, modelId);
        stores.set(modelId, store);
      }
      const summary = await embedPhotos({ embedder, store, files: group.map((job) => job.data.path) });
      const byPath = new Map(summary.results.map((result) => [result.path, result]));
      const done: string[] = [];
      for (const job of group) {
        const result = byPath.get(job.data.path);
        if (result !== undefined && result.status !== 'failed' && result.sha256 !== job.data.sha256) {
          // The file was replaced after it was queued: its new bytes are stored, but not under this job's hash.
          await queue.boss.fail(photoQueueName, job.id, {
            message: `${job.data.path} changed after it was queued (its SHA-256 differs); import it again.`,
          });
          totals.failedTries += 1;
        } else if (result === undefined || result.status === 'failed') {
          await queue.boss.fail(photoQueueName, job.id, {
            message: result?.error?.message ?? 'not embedded',
            code: result?.error?.code ?? 'UNKNOWN',
          });
          totals.failedTries += 1;
        } else {
          done.push(job.id);
          if (result.status === 'embedded') totals.embedded += 1;
          else totals.cached += 1;
        }
      }
      if (done.length > 0) await queue.boss.complete(photoQueueName, done);
    }
    options.onBatch?.({ ...totals });
  }
  return totals;
}

function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
