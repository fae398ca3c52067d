import type { KScore } from '../clustering/choose-k.ts';
import { fitPca } from '../clustering/fit-pca.ts';
import { transformPca } from '../clustering/transform-pca.ts';
import type { LabelScore } from '../embedding/top-labels.ts';
import { nameTheme, type ThemeName } from './name-theme.ts';
import { clusterThemeVectors } from './cluster-theme-vectors.ts';
import { type ErrorCode, TakumiError } from '../../core/takumi-error.ts';
import { appendAll } from '../../core/append-all.ts';
import type { EngineWarning } from '../engine-warning.ts';

export interface VisualThemeOptions {
  /** Number of themes; null chooses k in [minK, maxK] by silhouette. */
  k: number | null;
  minK: number;
  maxK: number;
  /** Embeddings are L2-normalised and reduced to this many principal components before k-means. */
  components: number;
  seed: number;
  threads: number;
  /** k-means++ starts per k (the lowest inertia wins). */
  initializations: number;
  /**
   * Further k-means runs at the chosen k from other seeds, returned as `restartPhotoThemes` (0: none).
   * ResNet features of varied photos have no single best partition: two seeds' themes agree only at
   * an adjusted Rand index of about 0.5 for k ≥ 14, as do fp32 and int8 embeddings with one seed. A
   * caller that groups customers by their theme shares can average over these runs so its groups do
   * not hinge on one arbitrary partition.
   */
  restarts: number;
  /**
   * Silhouettes within this of the best count as tied and the largest tied k wins (0: the strict best).
   * On ResNet features the silhouette curve is nearly flat for k ≥ 14, and one k's silhouette moves by
   * about ±0.003 between k-means seeds, more than the differences between those k; so a strict best is
   * a coin toss. Among tied k the finer themes are kept: a segmentation can rejoin themes that split one
   * kind of photo, but cannot separate customers whose different photos share a coarse theme.
   */
  tieTolerance: number;
}

export const defaultVisualThemeOptions: VisualThemeOptions = {
  k: null,
  minK: 3,
  maxK: 12,
  components: 64,
  seed: 0,
  threads: 2,
  initializations: 4,
  restarts: 0,
  tieTolerance: 0,
};

/** A photo as the theme finder sees it: its embedding and classifier labels, nothing personal. */
export interface ThemePhoto {
  vector: Float32Array;
  topLabels: readonly LabelScore[];
}

export interface VisualTheme extends ThemeName {
  id: number;
  size: number;
  share: number;
}

export interface VisualThemesResult {
  themes: VisualTheme[];
  /** Theme id of each input photo. */
  photoThemes: Int32Array;
  /** 2-D PCA projection of each photo (x, y interleaved), for the theme map. */
  projection: Float32Array;
  /** Theme (0 … themes − 1, not renumbered) of each input photo in each of the `restarts` further runs. */
  restartPhotoThemes: Int32Array[];
  /** Silhouette per k tried (null when k was given). */
  silhouetteByK: KScore[] | null;
  warnings: EngineWarning[];
}

/** Codes of {@link VisualThemeError}. */
export const visualThemeErrorCodes = ['THEMES_TOO_FEW_PHOTOS'] as const;
/** Raised when there are too few photos to find themes; the message says how many are needed. */
export class VisualThemeError extends TakumiError<ErrorCode<typeof visualThemeErrorCodes>> {}

/**
 * Groups photos into visual themes: L2-normalise the ResNet embeddings (so distance means cosine
 * dissimilarity, the usual geometry of CNN features), reduce to `components` principal components
 * (removing noise dimensions and making k-means cheap), then k-means, with k chosen by silhouette
 * unless given. Themes are numbered by size, largest first, and named from their photos' labels.
 */
export async function findVisualThemes(
  photos: readonly ThemePhoto[],
  options: Partial<VisualThemeOptions> = {},
): Promise<VisualThemesResult> {
  const settings = { ...defaultVisualThemeOptions, ...options };
  const rows = photos.length;
  const minimum = Math.max(settings.k ?? settings.minK, 2) + 1;
  if (rows < minimum) {
    throw new VisualThemeError(
      'THEMES_TOO_FEW_PHOTOS',
      `Finding ${settings.k ?? settings.minK}+ visual themes needs at least ${minimum} embedded photos; this dataset has ${rows}. Import more photos or ask for fewer themes.`,
      { photos: rows },
    );
  }
  const columns = photos[0]!.vector.length;
  const data = new Float32Array(rows * columns);
  photos.forEach((photo, row) => {
    let norm = 0;
    for (const value of photo.vector) norm += value * value;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let column = 0; column < columns; column += 1) data[row * columns + column] = photo.vector[column]! * scale;
  });
  const components = Math.min(settings.components, rows - 1, columns);
  const pca = await fitPca(data, rows, columns, { components, seed: settings.seed, threads: settings.threads });
  const reduced = await transformPca(pca, data, rows, { threads: settings.threads });
  const warnings = [...pca.warnings];

  const clustering = await clusterThemeVectors(reduced, rows, components, settings);
  appendAll(warnings, clustering.warnings);
  const { labels, silhouetteByK } = clustering;
  const restartPhotoThemes = clustering.restarts.map((restart) => restart.labels);

  const { order, renumbered } = renumberBySize(labels);
  const themes = order.map((_, id) => {
    const members = photos.filter((__, row) => renumbered[row] === id);
    return {
      id,
      size: members.length,
      share: members.length / rows,
      ...nameTheme(
        members.map((photo) => ({
          index: photo.topLabels[0]?.index ?? null,
          label: photo.topLabels[0]?.label ?? 'unknown',
        })),
      ),
    };
  });
  const projection = new Float32Array(rows * 2);
  for (let row = 0; row < rows; row += 1) {
    projection[row * 2] = reduced[row * components]!;
    projection[row * 2 + 1] = components > 1 ? reduced[row * components + 1]! : 0;
  }
  return { themes, photoThemes: renumbered, restartPhotoThemes, projection, silhouetteByK, warnings };
}

/** Renumbers cluster labels so 0 is the largest cluster (stable for equal sizes). */
function renumberBySize(labels: Int32Array): { order: number[]; renumbered: Int32Array } {
  const sizes = new Map<number, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  const order = [...sizes.keys()].sort((left, right) => sizes.get(right)! - sizes.get(left)! || left - right);
  const newId = new Map(order.map((label, index) => [label, index]));
  return { order, renumbered: labels.map((label) => newId.get(label)!) };
}
