import type { ImageEmbedder } from '../../engine/embedding/image-embedder.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { importDataset } from '../ingest/import-dataset.ts';
import { writeDemoDataset } from './write-demo-dataset.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Name of the built-in demo dataset. */
export const demoDatasetName = 'demo';

/**
 * With an empty database, imports the built-in demo shop (photos embedded by the real model) so the
 * first question works on a fresh machine. Does nothing when any dataset exists. Returns whether it
 * loaded the demo.
 */
export async function ensureDemoDataset(input: {
  prisma: PrismaClient;
  /** Where the demo's files are written and kept (the photos stay, like any imported photos). */
  directory: string;
  embedder: () => Promise<{ embedder: ImageEmbedder; modelId: string }>;
  onProgress?: (message: string) => void;
}): Promise<boolean> {
  if ((await input.prisma.dataset.count()) > 0) return false;
  input.onProgress?.('The database is empty: loading the built-in demo shop (synthetic customers and photos)…');
  const files = await writeDemoDataset(input.directory);
  const report = await importDataset({
    prisma: input.prisma,
    datasetName: demoDatasetName,
    customersFile: files.customers,
    transactionsFile: files.transactions,
    photos: files.photos,
    embedding: await input.embedder(),
  });
  input.onProgress?.(
    `Demo loaded: ${groupDigits(report.customers?.added ?? 0)} customers, ${groupDigits(report.transactions?.added ?? 0)} purchases, ${groupDigits(report.photos?.added ?? 0)} photos.`,
  );
  return true;
}
