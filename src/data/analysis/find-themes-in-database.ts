/**
 * Visual themes of a dataset with millions of photos, without loading its 2048-d vectors: the photos'
 * reduced vectors (embedding-reducer.ts) are read in keyset pages, k-means (k chosen by silhouette as in
 * `findVisualThemes`) runs on a seeded uniform sample of them, and every photo is then assigned to the
 * nearest centroid page by page. Memory: one page, the sample, and one theme number per photo.
 */
import { z } from 'zod';
import { appendAll } from '../../core/append-all.ts';
import { assignToCentroids } from '../../engine/clustering/assign-to-centroids.ts';
import type { EngineWarning } from '../../engine/engine-warning.ts';
import { createRandom } from '../../engine/random/create-random.ts';
import { ReservoirSample } from '../../engine/random/reservoir-sample.ts';
import { clusterThemeVectors } from '../../engine/themes/cluster-theme-vectors.ts';
import {
  defaultVisualThemeOptions,
  VisualThemeError,
  type VisualThemeOptions,
  type VisualThemesResult,
} from '../../engine/themes/find-visual-themes.ts';
import { nameAssignedThemes } from '../../engine/themes/name-assigned-themes.ts';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import {
  defaultEmbeddingReducerOptions,
  type EmbeddingReducerOptions,
  ensureEmbeddingReducer,
  reduceStoredEmbeddings,
} from '../embedding-store/embedding-reducer.ts';
import { decodeFloat32 } from '../embedding-store/float32-codec.ts';

/** Options of {@link findThemesInDatabase}. */
export interface DatabaseThemeOptions extends VisualThemeOptions {
  /** Photos k-means is fitted on (a seeded uniform sample when the dataset has more). */
  sampleSize: number;
  /** Reduced vectors read per page. */
  pageSize: number;
  /** Sampled photos kept for the theme map (x, y = the first two components). */
  projectionPoints: number;
  reducer: Partial<Omit<EmbeddingReducerOptions, 'components' | 'seed' | 'threads'>>;
}

export const defaultDatabaseThemeOptions: DatabaseThemeOptions = {
  ...defaultVisualThemeOptions,
  sampleSize: 10_000,
  pageSize: 10_000,
  projectionPoints: 5_000,
  reducer: {},
};

/** Themes found in the database: per distinct photo (by SHA-256), in `sha256s` order. */
export interface DatabaseThemesResult extends Omit<VisualThemesResult, 'projection'> {
  sha256s: string[];
  /** The sampled photos' points for the theme map. */
  projection: { x: number; y: number; theme: number }[];
  stats: { photos: number; sample: number; reducerId: string; reducedNow: number };
}

const topLabelsSchema = z.array(z.object({ index: z.number().int(), label: z.string() }).passthrough());

/**
 * Finds the visual themes of one dataset's photos embedded by `modelId`, from reduced vectors read in
 * pages (reducing, once, the embeddings that have no reduced vector under the current reducer yet).
 *
 * @throws VisualThemeError `THEMES_TOO_FEW_PHOTOS` when fewer photos than themes + 1 are embedded.
 */
export async function findThemesInDatabase(input: {
  prisma: PrismaClient;
  datasetId: number;
  modelId: string;
  options?: Partial<DatabaseThemeOptions>;
  onProgress?: (step: { stage: 'reducing' | 'sampling' | 'assigning'; done: number }) => void;
}): Promise<DatabaseThemesResult> {
  const { prisma } = input;
  const settings = { ...defaultDatabaseThemeOptions, ...input.options };
  const reducerSettings = {
    ...defaultEmbeddingReducerOptions,
    ...settings.reducer,
    components: settings.components,
    seed: settings.seed,
    threads: settings.threads,
  };
  const reducer = await ensureEmbeddingReducer(prisma, input.modelId, reducerSettings);
  if (reducer === null) throw tooFew(0, settings);
  const reducedNow = await reduceStoredEmbeddings(prisma, reducer, {
    pageSize: reducerSettings.pageSize,
    threads: settings.threads,
    onProgress: (done) => input.onProgress?.({ stage: 'reducing', done }),
  });
  const columns = reducer.pca.components;
  const pages = (visit: (page: ReducedPage) => void) =>
    readReducedPages(prisma, reducer.id, input.datasetId, columns, settings.pageSize, visit);

  // Pass 1: a seeded uniform sample of the dataset's reduced vectors.
  const sample = new ReservoirSample<{ id: number; vector: Float32Array }>(
    settings.sampleSize,
    createRandom(settings.seed),
  );
  await pages((page) => {
    page.ids.forEach((id, row) => sample.offer({ id, vector: page.vectors.slice(row * columns, (row + 1) * columns) }));
    input.onProgress?.({ stage: 'sampling', done: sample.seen });
  });
  const photos = sample.seen;
  const minimum = Math.max(settings.k ?? settings.minK, 2) + 1;
  if (photos < minimum) throw tooFew(photos, settings);
  const sampled = [...sample.items].sort((left, right) => left.id - right.id);
  const sampleData = new Float32Array(sampled.length * columns);
  sampled.forEach((item, row) => sampleData.set(item.vector, row * columns));
  const clustering = await clusterThemeVectors(sampleData, sampled.length, columns, settings);
  const warnings: EngineWarning[] = [];
  appendAll(warnings, clustering.warnings);

  // Pass 2: every photo to its nearest centroid, in each partition (the chosen run and the restarts).
  const partitions = [clustering.centroids, ...clustering.restarts.map((restart) => restart.centroids)];
  const labels = partitions.map(() => new Int32Array(photos));
  const sizes = new Float64Array(clustering.k);
  const sha256s: string[] = [];
  await pages((page) => {
    const offset = sha256s.length;
    for (const sha256 of page.sha256s) sha256s.push(sha256);
    partitions.forEach((centroids, partition) => {
      const assigned = assignToCentroids(page.vectors, page.ids.length, columns, centroids).labels;
      labels[partition]!.set(assigned, offset);
      if (partition === 0) for (const label of assigned) sizes[label]! += 1;
    });
    input.onProgress?.({ stage: 'assigning', done: sha256s.length });
  });

  const topLabels = await readTopLabels(
    prisma,
    sampled.map((item) => item.id),
  );
  const { themes, themeOfCluster } = nameAssignedThemes({
    sizes,
    namingPhotos: sampled.map((item, row) => ({
      cluster: clustering.labels[row]!,
      topLabel: topLabels.get(item.id) ?? { index: null, label: 'unknown' },
    })),
  });
  const photoThemes = labels[0]!.map((cluster) => themeOfCluster[cluster]!);
  const step = Math.max(1, Math.ceil(sampled.length / settings.projectionPoints));
  const projection: DatabaseThemesResult['projection'] = [];
  for (let row = 0; row < sampled.length; row += step) {
    projection.push({
      x: sampleData[row * columns]!,
      y: columns > 1 ? sampleData[row * columns + 1]! : 0,
      theme: Math.max(0, themeOfCluster[clustering.labels[row]!]!),
    });
  }
  return {
    themes,
    sha256s,
    photoThemes,
    restartPhotoThemes: labels.slice(1),
    projection,
    silhouetteByK: clustering.silhouetteByK,
    warnings,
    stats: { photos, sample: sampled.length, reducerId: reducer.id, reducedNow },
  };
}

interface ReducedPage {
  ids: number[];
  sha256s: string[];
  /** ids.length × components, row-major. */
  vectors: Float32Array;
}

/** Keyset pages (by embedding id) of the dataset's reduced vectors under one reducer. */
async function readReducedPages(
  prisma: PrismaClient,
  reducerId: string,
  datasetId: number,
  columns: number,
  pageSize: number,
  visit: (page: ReducedPage) => void,
): Promise<void> {
  for (let cursor = 0; ; ) {
    const rows = await prisma.$queryRaw<{ id: number; sha256: string; vector: Uint8Array }[]>(
      Prisma.sql`SELECT r."embeddingId" AS "id", e."sha256" AS "sha256", r."vector" AS "vector"
        FROM "EmbeddingReduction" r JOIN "Embedding" e ON e."id" = r."embeddingId"
        WHERE r."reducerId" = ${reducerId} AND r."embeddingId" > ${cursor}
          AND EXISTS (SELECT 1 FROM "Photo" p WHERE p."sha256" = e."sha256" AND p."datasetId" = ${datasetId})
        ORDER BY r."embeddingId" LIMIT ${pageSize}`,
    );
    if (rows.length === 0) return;
    const vectors = new Float32Array(rows.length * columns);
    rows.forEach((row, index) => vectors.set(decodeFloat32(row.vector), index * columns));
    visit({ ids: rows.map((row) => Number(row.id)), sha256s: rows.map((row) => row.sha256), vectors });
    cursor = Number(rows.at(-1)!.id);
  }
}

/** Top-1 label of each embedding id (for naming themes from the sample). */
async function readTopLabels(
  prisma: PrismaClient,
  ids: readonly number[],
): Promise<Map<number, { index: number; label: string }>> {
  const found = new Map<number, { index: number; label: string }>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await prisma.embedding.findMany({
      where: { id: { in: ids.slice(start, start + 500) } },
      select: { id: true, topLabels: true },
    });
    for (const row of rows) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(row.topLabels);
      } catch {
        parsed = undefined;
      }
      const labels = topLabelsSchema.safeParse(parsed);
      const first = labels.success ? labels.data[0] : undefined;
      if (first) found.set(row.id, { index: first.index, label: first.label });
    }
  }
  return found;
}

function tooFew(photos: number, settings: DatabaseThemeOptions): VisualThemeError {
  const wanted = settings.k ?? settings.minK;
  return new VisualThemeError(
    'THEMES_TOO_FEW_PHOTOS',
    `Finding ${wanted}+ visual themes needs at least ${Math.max(wanted, 2) + 1} embedded photos; this dataset has ${photos}. Import more photos or ask for fewer themes.`,
    { photos },
  );
}

/**
 * The model whose embeddings an analysis of the dataset reads, and how many distinct photos it embedded,
 * counted in the database: the model with the most (ties: `preferredModelId`, then by name), as
 * `loadDatasetForAnalysis` picks it. Null when no photo of the dataset is embedded.
 */
export async function countDatasetEmbeddings(
  prisma: PrismaClient,
  datasetId: number,
  preferredModelId: string,
): Promise<{ modelId: string; photos: number } | null> {
  const rows = await prisma.$queryRaw<{ modelId: string; photos: number | bigint }[]>(
    Prisma.sql`SELECT e."modelId" AS "modelId", COUNT(DISTINCT e."sha256") AS "photos"
      FROM "Embedding" e WHERE EXISTS (SELECT 1 FROM "Photo" p WHERE p."sha256" = e."sha256" AND p."datasetId" = ${datasetId})
      GROUP BY e."modelId"`,
  );
  const ranked = rows
    .map((row) => ({ modelId: row.modelId, photos: Number(row.photos) }))
    .sort(
      (left, right) =>
        right.photos - left.photos ||
        Number(right.modelId === preferredModelId) - Number(left.modelId === preferredModelId) ||
        left.modelId.localeCompare(right.modelId),
    );
  return ranked[0] ?? null;
}
