import { estimateLifetimeValues, type LifetimeValueEstimate } from '../../engine/clv/estimate-lifetime-values.ts';
import { quoteData } from '../../core/quote-data.ts';
import { buildCustomerFeatures } from '../../engine/features/build-customer-features.ts';
import { findSegments, segmentationMethod, type SegmentOptions } from '../../engine/segments/find-segments.ts';
import {
  findVisualThemes,
  type VisualThemeOptions,
  type VisualThemesResult,
} from '../../engine/themes/find-visual-themes.ts';
import { themeShareMatrix } from '../../engine/themes/theme-share-matrix.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { loadDatasetForAnalysis } from '../ingest/load-dataset-for-analysis.ts';
import type { SegmentationAnalysis } from './segmentation-analysis.ts';
import { saveSegmentationRun } from './save-segmentation-run.ts';
import { refreshDataVersion } from './compute-data-version.ts';
import { findReusableSegmentation, segmentationSettingsKey } from './find-reusable-segmentation.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { resnetModelSource } from '../model/resnet-model-source.ts';
import { countDatasetEmbeddings, findThemesInDatabase } from './find-themes-in-database.ts';
import { AnalysisError } from '../data-errors.ts';
import { appendAll } from '../../core/append-all.ts';
import { engineWarning, type EngineWarning } from '../../engine/engine-warning.ts';
import { groupDigits } from '../../core/format/format-count.ts';

export interface SegmentationAnalysisOptions {
  seed: number;
  threads: number;
  themes: Partial<Omit<VisualThemeOptions, 'seed' | 'threads'>>;
  segments: Partial<Omit<SegmentOptions, 'seed' | 'threads'>>;
  /** Date the analysis looks back from; default: the day after the last transaction or photo. */
  asOf: Date | null;
  horizonMonths: number;
  /**
   * Up to this many distinct embedded photos, themes are found with every 2048-d vector in memory
   * (`findVisualThemes`, exact PCA and k-means on all photos); above it, from the stored reduced vectors
   * with sampled k-means and assignment in pages (`findThemesInDatabase`), so memory does not grow with
   * 8 KB per photo. 50,000 photos is about 400 MB of vectors.
   */
  themesInMemoryLimit: number;
  /**
   * Return the stored run made from the same rows (dataset version) with the same settings instead of
   * computing it again (seeded, so it is the same result); false always computes a new run.
   */
  reuse: boolean;
}

export const defaultSegmentationAnalysisOptions: SegmentationAnalysisOptions = {
  seed: 7,
  threads: 2,
  // Theme k: the finest within 0.003 of the best silhouette (the seed-to-seed spread of one k's
  // silhouette on ResNet features); segments average the customers' theme shares over 4 further theme
  // partitions (see findSegments). Without these, one seed's arbitrary theme borders moved the planted
  // evaluation's ARI by ±0.03 (fp32 0.893–0.955 over analysis seeds 7–12), more than int8 vs fp32 did.
  themes: { minK: 4, maxK: 32, restarts: 4, tieTolerance: 0.003 },
  segments: {},
  asOf: null,
  horizonMonths: 12,
  themesInMemoryLimit: 50_000,
  reuse: true,
};

/**
 * The whole analysis of a dataset, stored as one run: visual themes over the distinct photos, customer
 * features, CLV (BG/NBD + Gamma-Gamma; skipped with a warning when the data cannot identify it) and
 * segments. `onStep` reports progress for chat users.
 */
export async function runSegmentationAnalysis(input: {
  prisma: PrismaClient;
  datasetName: string;
  options?: Partial<SegmentationAnalysisOptions>;
  onStep?: (step: { label: string; done: number; total: number }) => void;
}): Promise<SegmentationAnalysis> {
  const { reuse, ...options } = { ...defaultSegmentationAnalysisOptions, ...input.options };
  // Stored with the run and part of the reuse key, so a run made by an earlier segmentation method is
  // not reused for the same rows after an upgrade.
  const parameters = { ...options, segmentationMethod };
  const step = (label: string, done: number): void => input.onStep?.({ label, done, total: 4 });
  step('loading', 0);
  // The version is taken before the rows are read: rows imported meanwhile make the next question recompute.
  const stored = await input.prisma.dataset.findUnique({ where: { name: input.datasetName }, select: { id: true } });
  const dataVersion = stored ? await refreshDataVersion(input.prisma, stored.id) : '';
  if (reuse && stored) {
    const reused = await findReusableSegmentation(
      input.prisma,
      input.datasetName,
      segmentationSettingsKey(JSON.parse(JSON.stringify(parameters)) as Record<string, unknown>),
      dataVersion,
    );
    if (reused) {
      step('done', 4);
      return reused;
    }
  }
  const { themesInMemoryLimit } = options;
  const embedded = stored ? await countDatasetEmbeddings(input.prisma, stored.id, resnetModelSource.modelId) : null;
  const inDatabase = embedded !== null && embedded.photos > themesInMemoryLimit;
  const dataset = await loadDatasetForAnalysis(
    input.prisma,
    input.datasetName,
    inDatabase ? { includeEmbeddings: false, modelId: embedded.modelId } : {},
  );
  if (dataset.customers.length === 0) {
    throw new AnalysisError(
      'ANALYSIS_NO_CUSTOMERS',
      `Dataset ${quoteData(input.datasetName)} has no customers. Import a customers file first.`,
      { datasetName: input.datasetName },
    );
  }
  const warnings: EngineWarning[] = [];
  step('themes', 1);
  const themeOptions = { ...options.themes, seed: options.seed, threads: options.threads };
  // Themes are found over distinct images: a photo shared by many customers is one picture.
  let themeSha256s: string[];
  let themes: Omit<VisualThemesResult, 'projection'> | null = null;
  let themeProjection: { x: number; y: number; theme: number }[] = [];
  let photosWithoutEmbedding = dataset.photosWithoutEmbedding.length;
  if (inDatabase) {
    const found = await findThemesInDatabase({
      prisma: input.prisma,
      datasetId: dataset.dataset.id,
      modelId: embedded.modelId,
      options: themeOptions,
    });
    themes = found;
    themeSha256s = found.sha256s;
    themeProjection = found.projection;
    const themed = new Set(found.sha256s);
    photosWithoutEmbedding = new Set(
      dataset.photos.map((photo) => photo.sha256).filter((sha256) => !themed.has(sha256)),
    ).size;
  } else {
    const distinct = [...dataset.embeddings.entries()];
    themeSha256s = distinct.map(([sha256]) => sha256);
    if (distinct.length >= 5) {
      const exact = await findVisualThemes(
        distinct.map(([, embedding]) => embedding),
        themeOptions,
      );
      themes = exact;
      themeProjection = Array.from(exact.photoThemes, (theme, index) => ({
        x: exact.projection[index * 2]!,
        y: exact.projection[index * 2 + 1]!,
        theme,
      }));
    }
  }
  if (photosWithoutEmbedding > 0)
    warnings.push(
      engineWarning(
        'PHOTOS_WITHOUT_EMBEDDING',
        { count: photosWithoutEmbedding },
        `${groupDigits(photosWithoutEmbedding)} photo(s) have no embedding and are left out of the visual themes; run the import again to embed them.`,
      ),
    );
  if (themes) appendAll(warnings, themes.warnings);
  else {
    warnings.push(
      engineWarning(
        'TOO_FEW_PHOTOS_FOR_THEMES',
        {},
        'Too few embedded photos to find visual themes; segments use purchases only.',
      ),
    );
  }
  const themeByPhoto = new Map(themeSha256s.map((sha256, index) => [sha256, themes?.photoThemes[index] ?? 0]));

  step('features', 2);
  const customerIds = dataset.customers.map((customer) => customer.id);
  const features = buildCustomerFeatures(
    customerIds,
    dataset.photos
      .filter((photo) => themeByPhoto.has(photo.sha256) && themes)
      .map((photo) => ({
        customerId: photo.customerId,
        theme: themeByPhoto.get(photo.sha256)!,
        postedAt: photo.postedAt,
      })),
    dataset.transactions,
    themes?.themes.length ?? 0,
    { asOf: options.asOf },
  );
  let lifetimeValue: LifetimeValueEstimate | null = null;
  try {
    lifetimeValue = estimateLifetimeValues(customerIds, dataset.transactions, {
      asOf: features.asOf,
      horizonMonths: options.horizonMonths,
    });
    appendAll(warnings, lifetimeValue.warnings);
  } catch (error) {
    if (!(error instanceof TakumiError)) throw error;
    warnings.push(
      engineWarning(
        'LIFETIME_VALUE_NOT_ESTIMATED',
        { reason: error.code },
        `Lifetime value was not estimated: ${error.message}`,
      ),
    );
  }

  step('segments', 3);
  const rowOfPhoto = new Map(themeSha256s.map((sha256, index) => [sha256, index]));
  const restartThemeShares = (themes?.restartPhotoThemes ?? []).map((partition) =>
    themeShareMatrix(
      customerIds,
      dataset.photos.flatMap((photo) => {
        const row = rowOfPhoto.get(photo.sha256);
        return row === undefined ? [] : [{ customerId: photo.customerId, theme: partition[row]! }];
      }),
      partition.reduce((most, theme) => Math.max(most, theme + 1), 0),
    ),
  );
  const segmentation = await findSegments(
    features,
    lifetimeValue ? lifetimeValue.values.map((value) => value ?? 0) : null,
    { ...options.segments, seed: options.seed, threads: options.threads },
    restartThemeShares,
  );
  const seen = new Set(warnings.map((warning) => warning.message));
  appendAll(
    warnings,
    segmentation.warnings.filter((warning) => !seen.has(warning.message)),
  );

  // Group sizes that matter for privacy are people, not photos: count posters per theme.
  const postersByTheme = new Map<number, Set<number>>();
  for (const photo of dataset.photos) {
    const theme = themes ? themeByPhoto.get(photo.sha256) : undefined;
    if (theme === undefined) continue;
    postersByTheme.set(theme, (postersByTheme.get(theme) ?? new Set()).add(photo.customerId));
  }
  const themesWithCustomers = (themes?.themes ?? []).map((theme) => ({
    ...theme,
    customers: postersByTheme.get(theme.id)?.size ?? 0,
  }));
  const projection = themeProjection;
  const analysis = await saveSegmentationRun(input.prisma, {
    datasetId: dataset.dataset.id,
    datasetName: dataset.dataset.name,
    currency: dataset.dataset.currency,
    dataVersion,
    options: parameters,
    asOf: features.asOf,
    customerCount: customerIds.length,
    photoCount: dataset.photos.length,
    themes: themesWithCustomers,
    themeSilhouette: themes?.silhouetteByK ?? null,
    segments: segmentation.segments,
    segmentSilhouette: segmentation.silhouetteByK,
    lifetimeValue,
    projection,
    warnings,
    assignments: {
      segmentByCustomer: new Map(customerIds.map((id, index) => [id, segmentation.labels[index]!])),
      lifetimeValueByCustomer: new Map(
        customerIds.flatMap((id, index) =>
          lifetimeValue?.values[index] == null ? [] : [[id, lifetimeValue.values[index]!] as const],
        ),
      ),
      themeByPhoto,
    },
  });
  step('done', 4);
  return analysis;
}
