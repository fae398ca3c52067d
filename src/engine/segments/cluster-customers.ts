import { chooseK, type KScore } from '../clustering/choose-k.ts';
import { kMeans } from '../clustering/k-means.ts';
import { createRandom } from '../random/create-random.ts';
import { appendAll } from '../../core/append-all.ts';
import type { EngineWarning } from '../engine-warning.ts';

/** Options of {@link clusterCustomers}. */
export interface ClusterCustomersOptions {
  /** Number of clusters; null chooses k in [minK, maxK] by silhouette. */
  k: number | null;
  minK: number;
  maxK: number;
  seed: number;
  threads: number;
  /** k-means++ starts per k (the lowest inertia wins). */
  initializations: number;
  /** Silhouettes within this of the best count as tied, and the larger k wins. */
  tieTolerance: number;
  /**
   * Above this many rows, k (and the best of the starts) is chosen on a seeded sample of this many
   * rows, and k-means then runs on every row once, from the sample's centres. Choosing k costs
   * (maxK − minK + 1) × starts full k-means runs; on a sample that is a small fraction of the work,
   * and the silhouette is computed on a 3,000-row sample anyway.
   */
  sampleSize: number;
}

export const defaultClusterCustomersOptions: ClusterCustomersOptions = {
  k: null,
  minK: 2,
  maxK: 8,
  seed: 0,
  threads: 2,
  initializations: 8,
  tieTolerance: 0.01,
  sampleSize: 20_000,
};

/** Clusters of every row. */
export interface CustomerClusters {
  labels: Int32Array;
  /** `k × columns`, row-major. */
  centroids: Float32Array;
  /** Silhouette per k tried (on the sample when one was drawn); null when k was given. */
  silhouetteByK: KScore[] | null;
  /** Rows k was chosen on (all rows when no sample was drawn). */
  chosenOnRows: number;
  warnings: EngineWarning[];
}

/**
 * k-means over standardised customer features, with k chosen by silhouette unless given. Large
 * customer bases choose k and the starting centres on a seeded sample (see `sampleSize`); the final
 * assignment and centres always come from Lloyd iterations over all rows, so every customer is
 * assigned to its nearest final centre.
 */
export async function clusterCustomers(
  data: Float32Array,
  rows: number,
  columns: number,
  options: Partial<ClusterCustomersOptions> = {},
): Promise<CustomerClusters> {
  const settings = { ...defaultClusterCustomersOptions, ...options };
  const warnings: EngineWarning[] = [];
  const sampled = rows > settings.sampleSize;
  const sample = sampled ? sampleRows(data, rows, columns, settings.sampleSize, settings.seed) : data;
  const sampleRowCount = sampled ? settings.sampleSize : rows;
  let labels: Int32Array;
  let centroids: Float32Array;
  let silhouetteByK: KScore[] | null = null;
  if (settings.k !== null) {
    const result = await kMeans(sample, sampleRowCount, columns, {
      k: settings.k,
      seed: settings.seed,
      threads: settings.threads,
      initializations: settings.initializations,
    });
    ({ labels, centroids } = result);
    appendAll(warnings, result.warnings);
  } else {
    const chosen = await chooseK(sample, sampleRowCount, columns, {
      minK: settings.minK,
      maxK: settings.maxK,
      seed: settings.seed,
      threads: settings.threads,
      tieTolerance: settings.tieTolerance,
      kMeans: { initializations: settings.initializations },
    });
    ({ labels, centroids } = chosen.best);
    silhouetteByK = chosen.scores;
    appendAll(warnings, chosen.warnings);
  }
  if (sampled) {
    const full = await kMeans(data, rows, columns, {
      k: centroids.length / columns,
      seed: settings.seed,
      threads: settings.threads,
      initialCentroids: centroids,
    });
    ({ labels, centroids } = full);
    appendAll(warnings, full.warnings);
  }
  return { labels, centroids, silhouetteByK, chosenOnRows: sampleRowCount, warnings };
}

/** `size` rows drawn without replacement (seeded), in their original order. */
function sampleRows(data: Float32Array, rows: number, columns: number, size: number, seed: number): Float32Array {
  const order = createRandom(seed).shuffle(Int32Array.from({ length: rows }, (_, index) => index));
  const chosen = order.subarray(0, size).sort();
  const sample = new Float32Array(size * columns);
  chosen.forEach((row, index) => {
    sample.set(data.subarray(row * columns, (row + 1) * columns), index * columns);
  });
  return sample;
}
