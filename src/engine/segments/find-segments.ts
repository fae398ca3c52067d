import type { KScore } from '../clustering/choose-k.ts';
import { standardizeColumns } from '../clustering/standardize-columns.ts';
import type { CustomerFeatures } from '../features/build-customer-features.ts';
import { clusterCustomers, defaultClusterCustomersOptions } from './cluster-customers.ts';
import { findBehaviorFirstSegments } from './find-behavior-first-segments.ts';
import { mergeSmallClusters, renumberBySize } from './merge-small-clusters.ts';
import { profileSegments, type SegmentProfile } from './profile-segments.ts';
import { type ErrorCode, TakumiError } from '../../core/takumi-error.ts';
import { appendAll } from '../../core/append-all.ts';
import type { EngineWarning } from '../engine-warning.ts';
import type { ThemeShares } from '../themes/theme-share-matrix.ts';
import { groupDigits } from '../../core/format/format-count.ts';

export interface SegmentOptions {
  /** Number of segments; null chooses k in [minK, maxK] by silhouette. */
  k: number | null;
  minK: number;
  maxK: number;
  /** Segments smaller than this are merged into their nearest segment (groups this small are not described). */
  minSegmentSize: number;
  seed: number;
  threads: number;
  /** k-means++ starts per k (the lowest inertia wins): segments should not hinge on one seed. */
  initializations: number;
  /**
   * Silhouettes within this of the best count as tied, and the finer segmentation wins: finer segments
   * are more actionable, and the minimum segment size keeps them from becoming fragments.
   */
  tieTolerance: number;
  /** Above this many customers k is chosen on a seeded sample of this size (see clusterCustomers). */
  chooseKSampleSize: number;
  /**
   * When fewer than this share of the customers post photos, segments are found from buying behavior for
   * everyone and photos only refine them among posters ({@link findBehaviorFirstSegments}); from this
   * share up, photos are a trait of the whole base and segments use both together.
   */
  jointPhotoShare: number;
  /**
   * In behavior-first segmentation, a segment's posters are split by photo theme only at this silhouette:
   * posters whose six photos fall on four themes at random split at about 0.3, posters with one clear
   * interest each near 1.
   */
  refineSilhouette: number;
}

export const defaultSegmentOptions: SegmentOptions = {
  k: null,
  minK: 2,
  maxK: 8,
  minSegmentSize: 20,
  seed: 0,
  threads: 2,
  initializations: 8,
  tieTolerance: 0.01,
  chooseKSampleSize: defaultClusterCustomersOptions.sampleSize,
  jointPhotoShare: 0.9,
  refineSilhouette: 0.5,
};

/**
 * Names the segmentation method; change it whenever the same rows and settings would segment
 * differently, so stored segmentations of the older method are not reused.
 */
export const segmentationMethod = 'behavior-first-when-photos-partial@1';

export interface SegmentationResult {
  /** Segment of each customer (same order as `features.customerIds`); 0 is the largest segment. */
  labels: Int32Array;
  segments: SegmentProfile[];
  silhouetteByK: KScore[] | null;
  /** Names of the columns k-means saw (after the log transforms). */
  clusteringColumns: string[];
  warnings: EngineWarning[];
}

/** Codes of {@link SegmentationError}. */
export const segmentationErrorCodes = ['SEGMENTS_TOO_FEW_CUSTOMERS'] as const;
/** Raised when the customers cannot be segmented as asked; the message says what would work. */
export class SegmentationError extends TakumiError<ErrorCode<typeof segmentationErrorCodes>> {}

/**
 * Segments customers with k-means on standardised features: theme shares, and the log of posting
 * rate, recency, frequency and spend (log because these are heavily skewed: one big spender should
 * not become a segment of its own). k is chosen by silhouette unless given. Segments below the
 * minimum size are merged into the nearest remaining segment and reported in `warnings`.
 *
 * @param restartThemeShares the customers' theme shares under further partitions of the same photos
 *   (restarts of the theme k-means, {@link themeShareMatrix}). Each partition is one block of columns
 *   with weight 1/√blocks, so customers' distances in the photo part are the mean over partitions and
 *   segments do not hinge on where one k-means run drew its theme borders. Profiles keep the shown themes.
 */
export async function findSegments(
  features: CustomerFeatures,
  lifetimeValues: readonly number[] | null,
  options: Partial<SegmentOptions> = {},
  restartThemeShares: readonly ThemeShares[] = [],
): Promise<SegmentationResult> {
  const settings = { ...defaultSegmentOptions, ...options };
  const rows = features.customerIds.length;
  const requestedK = settings.k ?? settings.minK;
  if (rows < Math.max(requestedK * settings.minSegmentSize, requestedK + 1)) {
    throw new SegmentationError(
      'SEGMENTS_TOO_FEW_CUSTOMERS',
      `${requestedK} segments of at least ${groupDigits(settings.minSegmentSize)} customers need ${groupDigits(requestedK * settings.minSegmentSize)} customers; this dataset has ${rows}. Ask for fewer segments or lower the minimum segment size.`,
      { customers: rows, k: requestedK, minSegmentSize: settings.minSegmentSize },
    );
  }
  const maxK = Math.max(settings.minK, Math.min(settings.maxK, Math.floor(rows / settings.minSegmentSize)));
  const isPoster = posters(features);
  const posterCount = isPoster.filter(Boolean).length;
  const hasThemes = features.featureNames.some((name) => name.startsWith('theme_'));
  if (hasThemes && posterCount > 0 && posterCount < settings.jointPhotoShare * rows) {
    const found = await findBehaviorFirstSegments(features, isPoster, { ...settings, maxK }, restartThemeShares);
    const warnings = [...features.warnings, ...found.warnings];
    const labels = renumberBySize(found.labels);
    return {
      labels,
      segments: profileSegments(features, labels, lifetimeValues),
      silhouetteByK: found.silhouetteByK,
      clusteringColumns: found.clusteringColumns,
      warnings,
    };
  }
  const { data, columns, names } = clusteringMatrix(features, restartThemeShares, posterCount < rows ? isPoster : null);
  const standardized = standardizeColumns(data, rows, columns);
  const warnings = [...features.warnings, ...standardized.warnings];
  poolThemeScale(standardized.data, data, rows, columns, names, 1 + restartThemeShares.length);

  const clusters = await clusterCustomers(standardized.data, rows, columns, {
    k: settings.k,
    minK: settings.minK,
    maxK,
    seed: settings.seed,
    threads: settings.threads,
    initializations: settings.initializations,
    tieTolerance: settings.tieTolerance,
    sampleSize: settings.chooseKSampleSize,
  });
  const { labels, centroids, silhouetteByK } = clusters;
  appendAll(warnings, clusters.warnings);
  const merged = mergeSmallClusters(standardized.data, columns, labels, centroids, settings.minSegmentSize);
  appendAll(warnings, merged.warnings);
  const segments = profileSegments(features, merged.labels, lifetimeValues);
  return { labels: merged.labels, segments, silhouetteByK, clusteringColumns: names, warnings };
}

/**
 * Theme shares are one histogram, not independent features: z-scoring each column would blow up rare
 * themes (a theme three customers use gets the same weight as one everybody uses). So each partition's
 * block shares one scale, its pooled standard deviation, which keeps the histogram's geometry; with
 * several partitions each block is further weighted 1/√blocks, so together they weigh as one histogram.
 */
function poolThemeScale(
  target: Float32Array,
  raw: Float32Array,
  rows: number,
  columns: number,
  names: readonly string[],
  blocks: number,
): void {
  for (let block = 0; block < blocks; block += 1) {
    const prefix = block === 0 ? 'theme_' : `restart_${block}_theme_`;
    const themeColumns = names.flatMap((name, column) => (name.startsWith(prefix) ? [column] : []));
    if (themeColumns.length === 0) continue;
    const means = themeColumns.map((column) => {
      let mean = 0;
      for (let row = 0; row < rows; row += 1) mean += raw[row * columns + column]!;
      return mean / rows;
    });
    let variance = 0;
    themeColumns.forEach((column, index) => {
      for (let row = 0; row < rows; row += 1) variance += (raw[row * columns + column]! - means[index]!) ** 2;
    });
    const scale = (Math.sqrt(variance / (rows * themeColumns.length)) || 1) * Math.sqrt(blocks);
    themeColumns.forEach((column, index) => {
      for (let row = 0; row < rows; row += 1)
        target[row * columns + column] = (raw[row * columns + column]! - means[index]!) / scale;
    });
  }
}

/** Whether each customer has at least one photo in the themes. */
function posters(features: CustomerFeatures): boolean[] {
  const column = features.featureNames.indexOf('photo_count');
  const width = features.featureNames.length;
  return features.customerIds.map((_, row) => column >= 0 && features.matrix[row * width + column]! > 0);
}

/**
 * The k-means columns. With `isPoster` (some customers have no photos), a customer without photos gets
 * the posters' mean theme shares instead of all zeros, which would put them far from every poster and
 * make "no photos" a segment of its own; at the average photo mix, photos hardly move them.
 */
function clusteringMatrix(
  features: CustomerFeatures,
  restartThemeShares: readonly ThemeShares[],
  isPoster: readonly boolean[] | null,
): { data: Float32Array; columns: number; names: string[] } {
  const width = features.featureNames.length;
  const logged = new Set(['photos_per_month', 'recency_days', 'frequency', 'monetary']);
  const keep = features.featureNames
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => name.startsWith('theme_') || logged.has(name));
  const rows = features.customerIds.length;
  const restartColumns = restartThemeShares.reduce((sum, block) => sum + block.themes, 0);
  const columns = keep.length + restartColumns;
  const data = new Float32Array(rows * columns);
  for (let row = 0; row < rows; row += 1) {
    keep.forEach(({ name, index }, column) => {
      const value = features.matrix[row * width + index]!;
      data[row * columns + column] = logged.has(name) ? Math.log1p(value) : value;
    });
    let column = keep.length;
    for (const block of restartThemeShares)
      for (let theme = 0; theme < block.themes; theme += 1)
        data[row * columns + column++] = block.shares[row * block.themes + theme]!;
  }
  const names = keep.map(({ name }) => (logged.has(name) ? `log1p(${name})` : name));
  restartThemeShares.forEach((block, index) => {
    for (let theme = 0; theme < block.themes; theme += 1) names.push(`restart_${index + 1}_theme_${theme}_share`);
  });
  if (isPoster) imputeThemeShares(data, rows, columns, names, isPoster);
  return { data, columns, names };
}

/** Sets the theme-share columns of customers without photos to the posters' mean. */
function imputeThemeShares(
  data: Float32Array,
  rows: number,
  columns: number,
  names: readonly string[],
  isPoster: readonly boolean[],
): void {
  const posterCount = isPoster.filter(Boolean).length;
  if (posterCount === 0) return;
  names.forEach((name, column) => {
    if (!name.startsWith('theme_') && !name.startsWith('restart_')) return;
    let mean = 0;
    for (let row = 0; row < rows; row += 1) if (isPoster[row]) mean += data[row * columns + column]!;
    mean /= posterCount;
    for (let row = 0; row < rows; row += 1) if (!isPoster[row]) data[row * columns + column] = mean;
  });
}
