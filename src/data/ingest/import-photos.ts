import { appendAll } from '../../core/append-all.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { ImageEmbedder } from '../../engine/embedding/image-embedder.ts';
import { createEmbeddingStore } from '../embedding-store/embedding-store.ts';
import { collectPhotoEntries, type PhotoEntries, type PhotoEntry } from './collect-photo-entries.ts';
import { createRowIssue } from './create-row-issue.ts';
import type { DatasetHandle } from './dataset-handle.ts';
import { identifyPhotos } from './identify-photos.ts';
import type { PhotoImportCounts, RowIssue } from './import-report.ts';
import { IngestError } from '../data-errors.ts';
import { quoteValue } from './quote-value.ts';
import { insertRows } from './insert-rows.ts';
import { writeTransactionOptions } from './write-transaction-options.ts';
import { groupDigits } from '../../core/format/format-count.ts';

export interface ImportPhotosOptions {
  prisma: PrismaClient;
  dataset: DatasetHandle;
  /** A folder with one subfolder per customer id, or a manifest CSV. */
  sourcePath: string;
  /** The folder every photo must stay under (default: the photos folder, or the manifest's folder). */
  photosRoot?: string;
  /** Embed photos with this model while importing; without it photos are only linked. */
  embedding?: { embedder: ImageEmbedder; modelId: string };
  onProgress?: (done: number, total: number) => void;
}

/** What {@link importPhotos} did, and the photos it left out. */
export interface PhotoStageResult {
  counts: PhotoImportCounts;
  issues: RowIssue[];
  warnings: string[];
}

/**
 * Links photos to customers as Photo rows keyed by (dataset, customer, SHA-256 of the bytes), embedding
 * them on the way when an embedder is given (stored embeddings are reused). Photos of unknown customers
 * and files that are not images are reported, not stored; identical photos of one customer are linked
 * once. A re-import updates the stored path (files may have moved) and fills a missing posting time.
 *
 * @throws IngestError when the folder or manifest cannot be used at all, or the dataset has no
 *   customers; TakumiError `MODEL_LOAD_FAILED` when the embedder cannot load its model.
 */
export async function importPhotos(options: ImportPhotosOptions): Promise<PhotoStageResult> {
  const collected = await collectPhotoEntries(
    options.sourcePath,
    options.photosRoot === undefined ? {} : { photosRoot: options.photosRoot },
  );
  const issues = [...collected.issues];
  const counts: PhotoImportCounts = {
    source: collected.source,
    kind: collected.kind,
    entries: collected.total,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    embedded: 0,
    cached: 0,
    embeddingSkipped: !options.embedding,
  };
  const datasetId = await options.dataset.find();
  const customerIds = new Map(
    datasetId === undefined
      ? []
      : (await options.prisma.customer.findMany({ where: { datasetId }, select: { id: true, externalId: true } })).map(
          (customer) => [customer.externalId, customer.id],
        ),
  );
  if (customerIds.size === 0 && collected.entries.length > 0) {
    throw new IngestError(
      'DATASET_HAS_NO_CUSTOMERS',
      `${collected.source} was not imported: dataset "${options.dataset.name}" has no customers yet, so no photo can be linked to one. Fix the customers file and import again.`,
      { file: collected.source, datasetName: options.dataset.name },
    );
  }
  const known = collected.entries.filter((entry) => customerIds.has(entry.customerExternalId));
  appendAll(
    issues,
    unknownCustomerIssues(
      collected,
      collected.entries.filter((entry) => !customerIds.has(entry.customerExternalId)),
      options.dataset.name,
    ),
  );

  const identified = await identifyPhotos({
    paths: [...new Set(known.map((entry) => entry.path))],
    ...(options.embedding
      ? {
          embedding: {
            embedder: options.embedding.embedder,
            store: createEmbeddingStore(options.prisma, options.embedding.modelId),
          },
        }
      : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  counts.embedded = identified.embedded;
  counts.cached = identified.cached;

  const links = new Map<string, { customerId: number; sha256: string; entry: PhotoEntry }>();
  for (const entry of known) {
    const identity = identified.byPath.get(entry.path)!;
    if ('error' in identity) {
      const pathColumn = collected.columns?.path;
      issues.push(
        createRowIssue(
          entry.line === undefined || entry.written === undefined || pathColumn === undefined
            ? { file: entry.file, code: identity.error.code, reason: identity.error.message }
            : {
                file: entry.file,
                line: entry.line,
                column: pathColumn,
                value: entry.written,
                code: identity.error.code,
                reason: `${pathColumn} ${quoteValue(entry.written)}: ${identity.error.message}`,
              },
        ),
      );
      continue;
    }
    const customerId = customerIds.get(entry.customerExternalId)!;
    const key = `${customerId}:${identity.sha256}`;
    if (links.has(key)) counts.unchanged += 1;
    else links.set(key, { customerId, sha256: identity.sha256, entry });
  }
  if (links.size === 0) {
    counts.rejected = counts.entries - counts.unchanged;
    return { counts, issues: issues.sort(byLine), warnings: [] };
  }
  const distinct = new Set([...links.values()].map((link) => link.sha256)).size;
  const warnings = options.embedding
    ? []
    : [
        `${groupDigits(distinct)} photos were linked without embedding (--no-embed); import again without --no-embed before analysing photos, to embed any that are missing.`,
      ];

  const id = await options.dataset.ensure();
  const stored = new Map(
    (
      await options.prisma.photo.findMany({
        where: { datasetId: id },
        select: { id: true, customerId: true, sha256: true, path: true, postedAt: true },
      })
    ).map((photo) => [`${photo.customerId}:${photo.sha256}`, photo]),
  );
  const created: { datasetId: number; customerId: number; sha256: string; path: string; postedAt: Date | null }[] = [];
  const changed: { id: number; path: string; postedAt: Date | null }[] = [];
  for (const [key, link] of links) {
    const before = stored.get(key);
    // A posting time is never erased by a re-import that lacks one.
    const postedAt = link.entry.postedAt ?? before?.postedAt ?? null;
    if (!before)
      created.push({
        datasetId: id,
        customerId: link.customerId,
        sha256: link.sha256,
        path: link.entry.path,
        postedAt,
      });
    else if (before.path === link.entry.path && before.postedAt?.getTime() === postedAt?.getTime())
      counts.unchanged += 1;
    else changed.push({ id: before.id, path: link.entry.path, postedAt });
  }
  if (created.length > 0 || changed.length > 0) {
    await options.prisma.$transaction(async (transaction) => {
      await insertRows(transaction, 'Photo', created);
      for (const change of changed)
        await transaction.photo.update({
          where: { id: change.id },
          data: { path: change.path, postedAt: change.postedAt },
        });
    }, writeTransactionOptions);
  }
  counts.added = created.length;
  counts.updated = changed.length;
  counts.rejected = counts.entries - counts.added - counts.updated - counts.unchanged;
  return { counts, issues: issues.sort(byLine), warnings };
}

/** Manifest rows get one issue each; a folder that names no customer gets one issue for all its photos. */
function unknownCustomerIssues(collected: PhotoEntries, entries: PhotoEntry[], datasetName: string): RowIssue[] {
  const column = collected.columns?.customerId;
  if (column !== undefined) {
    return entries.map((entry) =>
      createRowIssue({
        file: entry.file,
        line: entry.line!,
        column,
        value: entry.customerExternalId,
        code: 'CUSTOMER_UNKNOWN',
        reason: `${column} ${quoteValue(entry.customerExternalId)} is not a customer of dataset "${datasetName}"; add the customer to the customers file, or fix the id`,
      }),
    );
  }
  const byFolder = new Map<string, number>();
  for (const entry of entries)
    byFolder.set(entry.customerExternalId, (byFolder.get(entry.customerExternalId) ?? 0) + 1);
  return [...byFolder].map(([customer, photos]) =>
    createRowIssue({
      file: `${collected.source}${customer}/`,
      value: customer,
      code: 'CUSTOMER_UNKNOWN',
      reason: `folder ${quoteValue(customer)} (${groupDigits(photos)} photo${photos === 1 ? '' : 's'}) is not a customer id of dataset "${datasetName}"; rename the folder to the customer's id, or add the customer to the customers file`,
    }),
  );
}

function byLine(first: RowIssue, second: RowIssue): number {
  return (first.line ?? 0) - (second.line ?? 0);
}
