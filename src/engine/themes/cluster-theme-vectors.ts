import { appendAll } from '../../core/append-all.ts';
import { chooseK, type KScore } from '../clustering/choose-k.ts';
import { kMeans } from '../clustering/k-means.ts';
import type { EngineWarning } from '../engine-warning.ts';

/** The clustering settings of visual themes (see `VisualThemeOptions` for each one's reason). */
export interface ThemeClusteringOptions {
  /** Number of themes; null chooses k in [minK, maxK] by silhouette. */
  k: number | null;
  minK: number;
  maxK: number;
  seed: number;
  threads: number;
  initializations: number;
  restarts: number;
  tieTolerance: number;
}

/** k-means of reduced theme vectors: the chosen k, its run and the further runs from other seeds. */
export interface ThemeClustering {
  k: number;
  /** Cluster (0 … k − 1, not renumbered) of each row. */
  labels: Int32Array;
  /** `k × columns` centroids of that run. */
  centroids: Float32Array;
  /** Labels and centroids of each of the `restarts` further runs at k. */
  restarts: { labels: Int32Array; centroids: Float32Array }[];
  /** Silhouette per k tried (null when k was given). */
  silhouetteByK: KScore[] | null;
  warnings: EngineWarning[];
}

/**
 * The clustering step of visual themes on already reduced vectors: k-means at the given k, or k chosen
 * by silhouette (ties to the finer k), then `restarts` further runs at that k from seeds far from the
 * first run's. `findVisualThemes` runs it on every photo; the database theme finder on a seeded sample,
 * assigning the other photos to the centroids afterwards.
 */
export async function clusterThemeVectors(
  reduced: Float32Array,
  rows: number,
  columns: number,
  settings: ThemeClusteringOptions,
): Promise<ThemeClustering> {
  const warnings: EngineWarning[] = [];
  let labels: Int32Array;
  let centroids: Float32Array;
  let silhouetteByK: KScore[] | null = null;
  let k: number;
  if (settings.k !== null) {
    const result = await kMeans(reduced, rows, columns, {
      k: settings.k,
      seed: settings.seed,
      threads: settings.threads,
      initializations: settings.initializations,
    });
    labels = result.labels;
    centroids = result.centroids;
    k = settings.k;
    appendAll(warnings, result.warnings);
  } else {
    const chosen = await chooseK(reduced, rows, columns, {
      minK: settings.minK,
      maxK: settings.maxK,
      seed: settings.seed,
      threads: settings.threads,
      tieTolerance: settings.tieTolerance,
      kMeans: { initializations: settings.initializations },
    });
    labels = chosen.best.labels;
    centroids = chosen.best.centroids;
    k = chosen.bestK;
    silhouetteByK = chosen.scores;
    appendAll(warnings, chosen.warnings);
  }
  const restarts: ThemeClustering['restarts'] = [];
  for (let restart = 1; restart <= settings.restarts; restart += 1) {
    const result = await kMeans(reduced, rows, columns, {
      k,
      // Far from the seeds of the first run's starts (seed + 7919·start), so no start repeats.
      seed: (settings.seed + 104_729 * restart) >>> 0,
      threads: settings.threads,
      initializations: settings.initializations,
    });
    restarts.push({ labels: result.labels, centroids: result.centroids });
  }
  return { k, labels, centroids, restarts, silhouetteByK, warnings };
}
