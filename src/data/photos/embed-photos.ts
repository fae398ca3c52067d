import { createHash } from 'node:crypto';
import { maximumPhotoBytes, readRegularFile } from '../files/read-regular-file.ts';
import type { EmbedOutcome, ImageEmbedder, ImageSource } from '../../engine/embedding/image-embedder.ts';
import type { LabelScore } from '../../engine/embedding/top-labels.ts';
import { fileReadError } from '../../engine/embedding/file-read-error.ts';
import type { EmbeddingStore } from '../embedding-store/embedding-store.ts';

/** What happened to one file. */
export interface PhotoResult {
  path: string;
  sha256?: string;
  status: 'embedded' | 'cached' | 'failed';
  topLabels?: LabelScore[];
  error?: { code: string; message: string };
}

export interface EmbedPhotosSummary {
  files: number;
  embedded: number;
  cached: number;
  failed: number;
  seconds: number;
  /** Newly embedded images per second (cached ones excluded). */
  imagesPerSecond: number;
  /**
   * Share of the model's busy-or-waiting time spent waiting for decoded photos (0: the model never
   * waited). Hashing, store lookups and writes run while the model infers, so they do not count here.
   */
  modelWaitShare: number;
  results: PhotoResult[];
}

export interface EmbedPhotosOptions {
  embedder: ImageEmbedder;
  store: EmbeddingStore;
  files: readonly string[];
  /** Files hashed and looked up per store query. */
  lookupChunk?: number;
  onProgress?: (done: number, total: number, last: PhotoResult) => void;
}

/**
 * Embeds photo files into the store, keyed by the SHA-256 of their bytes (and the model id). The embedder
 * pulls files (read, hash, store lookup) and decodes ahead while its worker thread infers, and each
 * finished batch is written while the next one infers. Stored photos are skipped,
 * so a second run is near-instant and an interrupted run resumes; each inference batch is saved as
 * soon as it finishes, so an interruption loses at most one batch. A bad file gets its own error and
 * the rest go on.
 */
export async function embedPhotos(options: EmbedPhotosOptions): Promise<EmbedPhotosSummary> {
  const started = performance.now();
  const { embedder, store, files } = options;
  const before = embedder.stats;
  const lookupChunk = options.lookupChunk ?? 64;
  const results = new Map<string, PhotoResult>();
  const duplicates = new Map<string, string[]>();
  // Results of bytes already saved, so a copy found after its original's batch is reported at once.
  const finished = new Map<string, PhotoResult>();
  let done = 0;
  const record = (result: PhotoResult): void => {
    results.set(result.path, result);
    done += 1;
    options.onProgress?.(done, files.length, result);
  };

  const recordCopy = (original: PhotoResult, copy: string): void =>
    record({ ...original, path: copy, status: original.status === 'embedded' ? 'cached' : original.status });

  async function* pending(): AsyncGenerator<ImageSource<{ path: string; sha256: string }>> {
    const queued = new Set<string>();
    for (let start = 0; start < files.length; start += lookupChunk) {
      const group = await Promise.all(files.slice(start, start + lookupChunk).map(readAndHash));
      const stored = await store.findEmbeddings(group.flatMap((item) => ('sha256' in item ? [item.sha256] : [])));
      for (const item of group) {
        if ('error' in item) {
          record({ path: item.path, status: 'failed', error: describe(item.error) });
        } else if (stored.has(item.sha256)) {
          record({
            path: item.path,
            sha256: item.sha256,
            status: 'cached',
            topLabels: stored.get(item.sha256)!.topLabels,
          });
        } else if (finished.has(item.sha256)) {
          recordCopy(finished.get(item.sha256)!, item.path);
        } else if (queued.has(item.sha256)) {
          // Same bytes under another name: embedded once, reported for both.
          duplicates.set(item.sha256, [...(duplicates.get(item.sha256) ?? []), item.path]);
        } else {
          queued.add(item.sha256);
          const bytes = item.bytes;
          yield { id: { path: item.path, sha256: item.sha256 }, read: async () => bytes };
        }
      }
    }
  }

  let batch: EmbedOutcome<{ path: string; sha256: string }>[] = [];
  const flush = async (): Promise<void> => {
    const good = batch.flatMap((outcome) =>
      'embedding' in outcome ? [{ sha256: outcome.id.sha256, embedding: outcome.embedding }] : [],
    );
    if (good.length > 0) await store.saveEmbeddings(good);
    for (const outcome of batch) {
      const result: PhotoResult =
        'embedding' in outcome
          ? {
              path: outcome.id.path,
              sha256: outcome.id.sha256,
              status: 'embedded',
              topLabels: outcome.embedding.topLabels,
            }
          : { path: outcome.id.path, sha256: outcome.id.sha256, status: 'failed', error: describe(outcome.error) };
      record(result);
      finished.set(outcome.id.sha256, result);
      for (const copy of duplicates.get(outcome.id.sha256) ?? []) recordCopy(result, copy);
      duplicates.delete(outcome.id.sha256);
    }
    batch = [];
  };
  for await (const outcome of embedder.embed(pending())) {
    batch.push(outcome);
    if (batch.length >= embedder.options.batchSize) await flush();
  }
  await flush();

  const after = embedder.stats;
  const waited = after.modelWaitSeconds - before.modelWaitSeconds;
  const busy = after.inferenceSeconds - before.inferenceSeconds;
  const ordered = files.map((file) => results.get(file)!);
  const seconds = (performance.now() - started) / 1000;
  const embedded = ordered.filter((result) => result.status === 'embedded').length;
  return {
    files: files.length,
    embedded,
    cached: ordered.filter((result) => result.status === 'cached').length,
    failed: ordered.filter((result) => result.status === 'failed').length,
    seconds,
    imagesPerSecond: seconds > 0 ? embedded / seconds : 0,
    modelWaitShare: waited + busy > 0 ? waited / (waited + busy) : 0,
    results: ordered,
  };
}

async function readAndHash(
  path: string,
): Promise<{ path: string; sha256: string; bytes: Buffer } | { path: string; error: unknown }> {
  try {
    const bytes = await readRegularFile(path, maximumPhotoBytes);
    return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
  } catch (error) {
    return { path, error };
  }
}

function describe(error: unknown): { code: string; message: string } {
  const known = fileReadError(error);
  return { code: known.code, message: known.message };
}
