import type { VisualTheme } from './find-visual-themes.ts';
import { nameTheme, type ThemeLabelInput } from './name-theme.ts';

/** Input of {@link nameAssignedThemes}. */
export interface AssignedThemesInput {
  /** Photos per cluster label (0 … k − 1), counted over every assigned photo. */
  sizes: ArrayLike<number>;
  /** The photos the names are taken from (e.g. the sample the centroids were fitted on), with their cluster. */
  namingPhotos: readonly { cluster: number; topLabel: ThemeLabelInput }[];
}

/**
 * Themes of a clustering whose photos were assigned in pages: numbered by size (largest first, the lower
 * cluster first on ties, as `findVisualThemes` numbers them), sized from all photos and named from the
 * naming photos' top labels. Empty clusters get no theme (`themeOfCluster` −1).
 */
export function nameAssignedThemes(input: AssignedThemesInput): { themes: VisualTheme[]; themeOfCluster: Int32Array } {
  const k = input.sizes.length;
  let total = 0;
  for (let cluster = 0; cluster < k; cluster += 1) total += input.sizes[cluster]!;
  const order = Array.from({ length: k }, (_, cluster) => cluster)
    .filter((cluster) => input.sizes[cluster]! > 0)
    .sort((left, right) => input.sizes[right]! - input.sizes[left]! || left - right);
  const themeOfCluster = new Int32Array(k).fill(-1);
  order.forEach((cluster, id) => {
    themeOfCluster[cluster] = id;
  });
  const labelsByCluster = new Map<number, ThemeLabelInput[]>();
  for (const photo of input.namingPhotos) {
    const list = labelsByCluster.get(photo.cluster) ?? [];
    list.push(photo.topLabel);
    labelsByCluster.set(photo.cluster, list);
  }
  const themes = order.map((cluster, id) => ({
    id,
    size: input.sizes[cluster]!,
    share: total > 0 ? input.sizes[cluster]! / total : 0,
    ...nameTheme(labelsByCluster.get(cluster) ?? []),
  }));
  return { themes, themeOfCluster };
}
