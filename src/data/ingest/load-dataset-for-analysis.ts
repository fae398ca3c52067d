import { z } from 'zod';
import { quoteData } from '../../core/quote-data.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findEmbeddings, type TopLabel } from '../embedding-store/embedding-store.ts';
import { resnetModelSource } from '../model/resnet-model-source.ts';
import { IngestError } from '../data-errors.ts';
import type { AttributeValue } from './parse-attribute-column.ts';

/** A customer; `id` is the database id the other arrays refer to, `externalId` the id in the files. */
export interface AnalysisCustomer {
  id: number;
  externalId: string;
  /** The other columns of the customers file: numbers, text, or null for blank cells. */
  attributes: Record<string, AttributeValue>;
}

export interface AnalysisTransaction {
  customerId: number;
  /** UTC; a date without a time is midnight UTC of that day. */
  date: Date;
  amount: number;
}

export interface AnalysisPhoto {
  customerId: number;
  sha256: string;
  postedAt: Date | null;
}

export interface AnalysisEmbedding {
  /** 2048 values for ResNet-50. */
  vector: Float32Array;
  /** Best first. */
  topLabels: TopLabel[];
}

/** Everything the analytics engine needs from one dataset, in plain arrays. */
export interface AnalysisDataset {
  /** `currency`: ISO 4217 code of every amount (format money with it). */
  dataset: { id: number; name: string; currency: string; createdAt: Date; updatedAt: Date };
  /** Ordered by id (import order). */
  customers: AnalysisCustomer[];
  /** Ordered by customer, then date. */
  transactions: AnalysisTransaction[];
  /** Ordered by customer, then posting time (unknown last), then sha256. */
  photos: AnalysisPhoto[];
  /** By photo sha256; a photo shared by two customers has one entry. */
  embeddings: Map<string, AnalysisEmbedding>;
  /** The model the embeddings are from. */
  modelId: string;
  /** Photos with no embedding for `modelId` (imported with --no-embed, or embedding failed). */
  photosWithoutEmbedding: string[];
}

export interface LoadDatasetForAnalysisOptions {
  /**
   * The one model whose embeddings are read (fp32 and int8 vectors never mix in one analysis). Undefined:
   * the model that embedded the most of this dataset's photos (ties: the fp32 model, then by name).
   */
  modelId: string | undefined;
  /** False skips reading vectors (about 8 KB per photo) when only customers and purchases are needed. */
  includeEmbeddings: boolean;
}

export const defaultLoadDatasetForAnalysisOptions: LoadDatasetForAnalysisOptions = {
  modelId: undefined,
  includeEmbeddings: true,
};

const attributesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

/**
 * Reads a dataset for analysis: customers with parsed attributes, transactions, photos and the
 * embeddings of those photos.
 *
 * @throws IngestError `DATASET_NOT_FOUND` listing the datasets that exist, or
 *   `CUSTOMER_ATTRIBUTES_CORRUPT` when stored attributes are not a JSON object.
 */
export async function loadDatasetForAnalysis(
  prisma: PrismaClient,
  datasetName: string,
  options: Partial<LoadDatasetForAnalysisOptions> = {},
): Promise<AnalysisDataset> {
  const { modelId: requestedModelId, includeEmbeddings } = { ...defaultLoadDatasetForAnalysisOptions, ...options };
  const dataset = await prisma.dataset.findUnique({
    where: { name: datasetName },
    select: { id: true, name: true, currency: true, createdAt: true, updatedAt: true },
  });
  if (!dataset) throw await datasetNotFoundError(prisma, datasetName);
  const [customerRows, transactionRows, photoRows] = await Promise.all([
    prisma.customer.findMany({
      where: { datasetId: dataset.id },
      select: { id: true, externalId: true, attributes: true },
      orderBy: { id: 'asc' },
    }),
    prisma.transaction.findMany({
      where: { datasetId: dataset.id },
      select: { customerId: true, date: true, amount: true },
      orderBy: [{ customerId: 'asc' }, { date: 'asc' }, { id: 'asc' }],
    }),
    prisma.photo.findMany({
      where: { datasetId: dataset.id },
      select: { customerId: true, sha256: true, postedAt: true },
      orderBy: [{ customerId: 'asc' }, { postedAt: { sort: 'asc', nulls: 'last' } }, { sha256: 'asc' }],
    }),
  ]);
  const customers = customerRows.map((row) => ({
    id: row.id,
    externalId: row.externalId,
    attributes: parseAttributes(row.attributes, row.externalId, datasetName),
  }));
  const embeddings = new Map<string, AnalysisEmbedding>();
  const modelId =
    requestedModelId ??
    (includeEmbeddings
      ? await mostUsedModelId(
          prisma,
          photoRows.map((photo) => photo.sha256),
        )
      : undefined) ??
    resnetModelSource.modelId;
  if (includeEmbeddings) {
    for (const [sha256, stored] of await findEmbeddings(
      prisma,
      modelId,
      photoRows.map((photo) => photo.sha256),
    ))
      embeddings.set(sha256, { vector: stored.vector, topLabels: stored.topLabels });
  }
  return {
    dataset,
    customers,
    transactions: transactionRows,
    photos: photoRows,
    embeddings,
    modelId,
    photosWithoutEmbedding: includeEmbeddings
      ? [...new Set(photoRows.map((photo) => photo.sha256).filter((sha256) => !embeddings.has(sha256)))]
      : [],
  };
}

/** The model id with the most stored embeddings among these photos; undefined when none is stored. */
async function mostUsedModelId(prisma: PrismaClient, sha256s: readonly string[]): Promise<string | undefined> {
  const counts = new Map<string, number>();
  const unique = [...new Set(sha256s)];
  for (let start = 0; start < unique.length; start += 500) {
    const groups = await prisma.embedding.groupBy({
      by: ['modelId'],
      where: { sha256: { in: unique.slice(start, start + 500) } },
      _count: { _all: true },
    });
    for (const group of groups) counts.set(group.modelId, (counts.get(group.modelId) ?? 0) + group._count._all);
  }
  const ranked = [...counts].sort(
    ([leftId, left], [rightId, right]) =>
      right - left ||
      Number(rightId === resnetModelSource.modelId) - Number(leftId === resnetModelSource.modelId) ||
      leftId.localeCompare(rightId),
  );
  return ranked[0]?.[0];
}

/** `DATASET_NOT_FOUND` for `datasetName`, listing the datasets there are and how to import one. */
export async function datasetNotFoundError(prisma: PrismaClient, datasetName: string): Promise<IngestError> {
  const available = (await prisma.dataset.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map(
    (dataset) => dataset.name,
  );
  const listing =
    available.length > 0
      ? `Datasets: ${available.map((name) => quoteData(name)).join(', ')}.`
      : 'There are no datasets yet.';
  return new IngestError(
    'DATASET_NOT_FOUND',
    `There is no dataset named ${quoteData(datasetName)}. ${listing} Import one with \`takumi import --dataset ${JSON.stringify(datasetName)} --customers customers.csv --transactions transactions.csv\`.`,
    { datasetName, available },
  );
}

function parseAttributes(text: string, externalId: string, datasetName: string): Record<string, AttributeValue> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = attributesSchema.safeParse(value);
  if (!parsed.success) {
    throw new IngestError(
      'CUSTOMER_ATTRIBUTES_CORRUPT',
      `The stored attributes of customer "${externalId}" in dataset "${datasetName}" are not a JSON object of text, numbers and nulls. Import the customers file again to rewrite them.`,
      { datasetName, externalId },
    );
  }
  return parsed.data;
}
