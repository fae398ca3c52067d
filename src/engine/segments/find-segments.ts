import type { KScore } from '../clustering/choose-k.ts';
import { standardizeColumns } from '../clustering/standardize-columns.ts';
import type { CustomerFeatures } from '../features/build-customer-features.ts';
import { clusterCustomers, defaultClusterCustomersOptions } from './cluster-customers.ts';
import { mergeSmallClusters } from './merge-small-clusters.ts';
import { profileSegments, type SegmentProfile } from './profile-segments.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { appendAll } from '../../core/append-all.ts';
import type { EngineWarning } from '../engine-warning.ts';

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
};

export interface SegmentationResult {
  /** Segment of each customer (same order as `features.customerIds`); 0 is the largest segment. */
  labels: Int32Array;
  segments: SegmentProfile[];
  silhouetteByK: KScore[] | null;
  /** Names of the columns k-means saw (after the log transforms). */
  clusteringColumns: string[];
  warnings: EngineWarning[];
}

/** Raised when the customers cannot be segmented as asked; the message says what would work. */
export class SegmentationError extends TakumiError {}

/**
 * Segments customers with k-means on standardised features: theme shares, and the log of posting
 * rate, recency, frequency and spend (log because these are heavily skewed: one big spender should
 * not become a segment of its own). k is chosen by silhouette unless given. Segments below the
 * minimum size are merged into the nearest remaining segment and reported in `warnings`.
 */
export async function findSegments(
  features: CustomerFeatures,
  lifetimeValues: readonly number[] | null,
  options: Partial<SegmentOptions> = {},
): Promise<SegmentationResult> {
  const settings = { ...defaultSegmentOptions, ...options };
  const rows = features.customerIds.length;
  const requestedK = settings.k ?? settings.minK;
  if (rows < Math.max(requestedK * settings.minSegmentSize, requestedK + 1)) {
    throw new SegmentationError(
      'SEGMENTS_TOO_FEW_CUSTOMERS',
      `${requestedK} segments of at least ${settings.minSegmentSize} customers need ${requestedK * settings.minSegmentSize} customers; this dataset has ${rows}. Ask for fewer segments or lower the minimum segment size.`,
      { customers: rows, k: requestedK, minSegmentSize: settings.minSegmentSize },
    );
  }
  const { data, columns, names } = clusteringMatrix(features);
  const standardized = standardizeColumns(data, rows, columns);
  const warnings = [...features.warnings, ...standardized.warnings];
  poolThemeScale(standardized.data, data, rows, columns, names);

  const maxK = Math.max(settings.minK, Math.min(settings.maxK, Math.floor(rows / settings.minSegmentSize)));
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
 * themes (a theme three customers use gets the same weight as one everybody uses). So the whole block
 * shares one scale, its pooled standard deviation, which keeps the histogram's geometry.
 */
function poolThemeScale(
  target: Float32Array,
  raw: Float32Array,
  rows: number,
  columns: number,
  names: readonly string[],
): void {
  const themeColumns = names.flatMap((name, column) => (name.startsWith('theme_') ? [column] : []));
  if (themeColumns.length === 0) return;
  let variance = 0;
  for (const column of themeColumns) {
    let mean = 0;
    for (let row = 0; row < rows; row += 1) mean += raw[row * columns + column]!;
    mean /= rows;
    for (let row = 0; row < rows; row += 1) variance += (raw[row * columns + column]! - mean) ** 2;
  }
  const scale = Math.sqrt(variance / (rows * themeColumns.length)) || 1;
  for (const column of themeColumns) {
    let mean = 0;
    for (let row = 0; row < rows; row += 1) mean += raw[row * columns + column]!;
    mean /= rows;
    for (let row = 0; row < rows; row += 1)
      target[row * columns + column] = (raw[row * columns + column]! - mean) / scale;
  }
}

function clusteringMatrix(features: CustomerFeatures): { data: Float32Array; columns: number; names: string[] } {
  const width = features.featureNames.length;
  const logged = new Set(['photos_per_month', 'recency_days', 'frequency', 'monetary']);
  const keep = features.featureNames
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => name.startsWith('theme_') || logged.has(name));
  const rows = features.customerIds.length;
  const data = new Float32Array(rows * keep.length);
  for (let row = 0; row < rows; row += 1) {
    keep.forEach(({ name, index }, column) => {
      const value = features.matrix[row * width + index]!;
      data[row * keep.length + column] = logged.has(name) ? Math.log1p(value) : value;
    });
  }
  return { data, columns: keep.length, names: keep.map(({ name }) => (logged.has(name) ? `log1p(${name})` : name)) };
}
