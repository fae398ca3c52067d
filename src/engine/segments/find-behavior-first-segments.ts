import { chooseK, type KScore } from '../clustering/choose-k.ts';
import type { CustomerFeatures } from '../features/build-customer-features.ts';
import type { ThemeShares } from '../themes/theme-share-matrix.ts';
import { appendAll } from '../../core/append-all.ts';
import type { EngineWarning } from '../engine-warning.ts';
import { behaviorMatrix } from './behavior-matrix.ts';
import { bestCalinskiHarabaszK, totalSumOfSquares } from './calinski-harabasz.ts';
import { clusterCustomers } from './cluster-customers.ts';
import { mergeSmallClusters } from './merge-small-clusters.ts';

/** The settings {@link findBehaviorFirstSegments} reads (a subset of the segment options). */
export interface BehaviorFirstSettings {
  k: number | null;
  minK: number;
  maxK: number;
  minSegmentSize: number;
  seed: number;
  threads: number;
  initializations: number;
  tieTolerance: number;
  chooseKSampleSize: number;
  /** A behavior segment's posters are split by photo theme only when the split's silhouette reaches this. */
  refineSilhouette: number;
}

/** Labels (not yet renumbered by size) and how they were found. */
export interface BehaviorFirstSegments {
  labels: Int32Array;
  /** Silhouette per k of the behavior clustering; null when k was given. */
  silhouetteByK: KScore[] | null;
  clusteringColumns: string[];
  /** Behavior segments whose posters were split by theme, and into how many photo groups. */
  refinements: { behaviorSegment: number; photoGroups: number; silhouette: number }[];
  warnings: EngineWarning[];
}

/**
 * Segments for a customer base where only some customers post photos (CDNOW with photos for 500 of
 * 2,357). Clustering everyone on photo and purchase columns together splits "has photos" from "no
 * photos": a customer without photos has all-zero theme shares, far from every poster. So behavior comes
 * first, for everyone alike: k-means on the repeat-purchase rate, order value and (weighted down) recency
 * ({@link behaviorMatrix}), k by the Calinski–Harabasz index. Photos then refine, among posters only: inside each behavior
 * segment its posters are clustered on their theme shares (averaged over the restart partitions); when
 * that split is clear (silhouette ≥ `refineSilhouette`, every part ≥ the minimum segment size), each
 * photo group except the one nearest the segment's average photo mix becomes its own segment ("frequent
 * buyers who post dog photos"), and the rest of the segment, with or without photos, stays together. A
 * customer without photos is never separated from anyone by photos. With k given, there is no refinement
 * (the asker gets the k segments asked for).
 */
export async function findBehaviorFirstSegments(
  features: CustomerFeatures,
  isPoster: readonly boolean[],
  settings: BehaviorFirstSettings,
  restartThemeShares: readonly ThemeShares[],
): Promise<BehaviorFirstSegments> {
  const rows = features.customerIds.length;
  const behavior = behaviorMatrix(features);
  const warnings = [...behavior.warnings];
  const clusterOptions = {
    k: settings.k,
    minK: settings.minK,
    maxK: settings.maxK,
    seed: settings.seed,
    threads: settings.threads,
    initializations: settings.initializations,
    tieTolerance: settings.tieTolerance,
    sampleSize: settings.chooseKSampleSize,
  };
  let clusters = await clusterCustomers(behavior.data, rows, behavior.columns, clusterOptions);
  appendAll(warnings, clusters.warnings);
  // k by the Calinski–Harabasz index: on three behavior columns the silhouette is flat from k = 5 to 8
  // (within 0.01 on the partial-photo planted data, seeds 1, 2, 3, 7, 11, where the six groups were
  // chosen as 5, 7 or 8), while the variance ratio peaks at the planted 6 on every one of those seeds.
  // Inertias are the sample's when k was chosen on a sample; the total is scaled to the same rows.
  if (clusters.silhouetteByK !== null) {
    const total = (totalSumOfSquares(behavior.data, rows, behavior.columns) * clusters.chosenOnRows) / rows;
    const k = bestCalinskiHarabaszK(clusters.silhouetteByK, total, clusters.chosenOnRows);
    const chosen = clusters.centroids.length / behavior.columns;
    if (k !== null && k !== chosen) {
      const silhouetteByK = clusters.silhouetteByK;
      clusters = {
        ...(await clusterCustomers(behavior.data, rows, behavior.columns, { ...clusterOptions, k })),
        silhouetteByK,
      };
      appendAll(warnings, clusters.warnings);
    }
  }
  const merged = mergeSmallClusters(
    behavior.data,
    behavior.columns,
    clusters.labels,
    clusters.centroids,
    settings.minSegmentSize,
  );
  appendAll(warnings, merged.warnings);
  const labels = Int32Array.from(merged.labels);
  const refinements: BehaviorFirstSegments['refinements'] = [];
  const behaviorSegments = new Set(labels).size;
  let next = behaviorSegments;
  if (settings.k === null) {
    for (let segment = 0; segment < behaviorSegments && next < settings.maxK; segment += 1) {
      const members = [];
      for (let row = 0; row < rows; row += 1) if (labels[row] === segment && isPoster[row]) members.push(row);
      const split = await splitPostersByTheme(features, restartThemeShares, members, {
        ...settings,
        maxGroups: Math.min(3, settings.maxK - next + 1),
      });
      if (split === null) continue;
      const newLabel = new Map(split.distinctGroups.map((group) => [group, next++]));
      members.forEach((row, index) => {
        const label = newLabel.get(split.labels[index]!);
        if (label !== undefined) labels[row] = label;
      });
      refinements.push({ behaviorSegment: segment, photoGroups: split.groups, silhouette: split.silhouette });
    }
  }
  return {
    labels,
    silhouetteByK: clusters.silhouetteByK,
    clusteringColumns: [...behavior.names, 'theme shares (posters within a behavior segment)'],
    refinements,
    warnings,
  };
}

/**
 * Clusters the posters `members` on their theme shares (each partition one block weighted 1/√blocks, so
 * their distances are the mean over partitions) with k in [2, maxGroups] by silhouette. Null unless the
 * best split is clear and every group reaches the minimum segment size. `distinctGroups` are the groups
 * other than the one whose centre is nearest the members' mean photo mix.
 */
export async function splitPostersByTheme(
  features: CustomerFeatures,
  restartThemeShares: readonly ThemeShares[],
  members: readonly number[],
  settings: Pick<
    BehaviorFirstSettings,
    'minSegmentSize' | 'seed' | 'threads' | 'initializations' | 'refineSilhouette'
  > & {
    maxGroups: number;
  },
): Promise<{ labels: Int32Array; groups: number; silhouette: number; distinctGroups: number[] } | null> {
  const maxGroups = Math.min(settings.maxGroups, Math.floor(members.length / settings.minSegmentSize));
  if (maxGroups < 2 || members.length < 3) return null;
  const { data, columns } = posterThemeMatrix(features, restartThemeShares, members);
  const chosen = await chooseK(data, members.length, columns, {
    minK: 2,
    maxK: maxGroups,
    seed: settings.seed,
    threads: settings.threads,
    kMeans: { initializations: settings.initializations },
  });
  const silhouette = chosen.scores.find((score) => score.k === chosen.bestK)?.silhouette ?? Number.NaN;
  const sizes = new Map<number, number>();
  for (const label of chosen.best.labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  if (!(silhouette >= settings.refineSilhouette) || [...sizes.values()].some((size) => size < settings.minSegmentSize))
    return null;
  const mean = new Float64Array(columns);
  for (let row = 0; row < members.length; row += 1)
    for (let column = 0; column < columns; column += 1) mean[column]! += data[row * columns + column]! / members.length;
  const distanceToMean = (group: number): number => {
    let distance = 0;
    for (let column = 0; column < columns; column += 1)
      distance += (chosen.best.centroids[group * columns + column]! - mean[column]!) ** 2;
    return distance;
  };
  const groups = [...sizes.keys()].sort((left, right) => left - right);
  const ordinary = groups.reduce((best, group) => (distanceToMean(group) < distanceToMean(best) ? group : best));
  return {
    labels: chosen.best.labels,
    groups: groups.length,
    silhouette,
    distinctGroups: groups.filter((group) => group !== ordinary),
  };
}

/** Members' theme shares: the shown partition, then each restart partition, each block divided by √blocks. */
function posterThemeMatrix(
  features: CustomerFeatures,
  restartThemeShares: readonly ThemeShares[],
  members: readonly number[],
): { data: Float32Array; columns: number } {
  const width = features.featureNames.length;
  const shown = features.featureNames.filter((name) => name.startsWith('theme_')).length;
  const blocks = [
    { shares: features.matrix, stride: width, offset: features.themeColumn, themes: shown },
    ...restartThemeShares.map((block) => ({
      shares: block.shares,
      stride: block.themes,
      offset: 0,
      themes: block.themes,
    })),
  ];
  const columns = blocks.reduce((sum, block) => sum + block.themes, 0);
  const weight = 1 / Math.sqrt(blocks.length);
  const data = new Float32Array(members.length * columns);
  members.forEach((row, index) => {
    let column = 0;
    for (const block of blocks)
      for (let theme = 0; theme < block.themes; theme += 1)
        data[index * columns + column++] = block.shares[row * block.stride + block.offset + theme]! * weight;
  });
  return { data, columns };
}
