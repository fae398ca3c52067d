import type { CustomerFeatures } from '../features/build-customer-features.ts';
import { maxOf } from '../statistics/extremes.ts';

/** What a segment looks like, in aggregates only. */
export interface SegmentProfile {
  id: number;
  size: number;
  share: number;
  meanRfm: {
    recencyDays: number;
    frequency: number;
    monetary: number;
    recencyScore: number;
    frequencyScore: number;
    monetaryScore: number;
  };
  /** Mean customer lifetime value over the CLV horizon; null when CLV was not computed. */
  meanLifetimeValue: number | null;
  /**
   * Themes with the highest mean share in this segment, with their lift against the whole base and
   * `z`, how far the segment's mean is from the base's in standard errors (see `features`).
   */
  topThemes: { theme: number; share: number; lift: number | null; z?: number | null }[];
  /**
   * Every feature: segment mean, base mean, lift = segment mean / base mean (null when the base mean
   * is 0), and `z` = (segment mean − base mean) / the standard error of the mean of `size` customers
   * drawn at random from the base without replacement: |z| < 2 is a difference a random group of this
   * size shows often. Null when the base does not vary or the segment is the whole base; absent in
   * runs stored before it was computed.
   */
  features: { name: string; mean: number; baseMean: number; lift: number | null; z?: number | null }[];
}

/** Aggregates features per segment. Segment ids are assumed to be 0..k−1. */
export function profileSegments(
  features: CustomerFeatures,
  labels: Int32Array,
  lifetimeValues: readonly number[] | null,
): SegmentProfile[] {
  const width = features.featureNames.length;
  const rows = labels.length;
  const k = maxOf(labels) + 1;
  const themeCount = features.featureNames.filter((name) => name.startsWith('theme_')).length;
  const isTheme = (column: number): boolean =>
    column >= features.themeColumn && column < features.themeColumn + themeCount;
  const everyone = columnStats(features.matrix, width, labels, () => true);
  const baseMeans = everyone.means;
  // A customer without photos has every theme share at 0.
  const posters = columnStats(features.matrix, width, labels, (row) => {
    for (let theme = 0; theme < themeCount; theme += 1)
      if (features.matrix[row * width + features.themeColumn + theme]! > 0) return true;
    return false;
  });
  return Array.from({ length: k }, (_, id) => {
    const members = Array.from({ length: rows }, (__, row) => row).filter((row) => labels[row] === id);
    const means = columnMeans(features.matrix, width, members);
    const lift = (column: number): number | null =>
      baseMeans[column]! > 0 ? means[column]! / baseMeans[column]! : null;
    // Sampling n of N without replacement: Var(mean) = σ²/n · (N − n)/(N − 1). A theme's share is
    // compared among customers with photos only: a segment that simply posts more would otherwise
    // stand out in every theme at once.
    const z = (column: number): number | null => {
      const among = isTheme(column) ? posters : everyone;
      const inSegment = among.bySegment.get(id);
      if (!inSegment) return null;
      const n = inSegment.count;
      const standardError =
        among.deviations[column]! * Math.sqrt((among.count - n) / (Math.max(among.count - 1, 1) * n));
      return standardError > 0 ? (inSegment.sums[column]! / n - among.means[column]!) / standardError : null;
    };
    const average = (pick: (row: number) => number): number =>
      members.reduce((sum, row) => sum + pick(row), 0) / Math.max(members.length, 1);
    const topThemes = Array.from({ length: themeCount }, (__, theme) => ({
      theme,
      share: means[features.themeColumn + theme]!,
      lift: lift(features.themeColumn + theme),
      z: z(features.themeColumn + theme),
    }))
      .sort((left, right) => right.share - left.share)
      .slice(0, 3);
    return {
      id,
      size: members.length,
      share: members.length / rows,
      meanRfm: {
        recencyDays: average((row) => features.rfm[row]!.recencyDays),
        frequency: average((row) => features.rfm[row]!.frequency),
        monetary: average((row) => features.rfm[row]!.monetary),
        recencyScore: average((row) => features.rfm[row]!.recencyScore),
        frequencyScore: average((row) => features.rfm[row]!.frequencyScore),
        monetaryScore: average((row) => features.rfm[row]!.monetaryScore),
      },
      meanLifetimeValue: lifetimeValues ? average((row) => lifetimeValues[row]!) : null,
      topThemes,
      features: features.featureNames.map((name, column) => ({
        name,
        mean: means[column]!,
        baseMean: baseMeans[column]!,
        lift: lift(column),
        z: z(column),
      })),
    };
  });
}

/** Count, column sums, means and population standard deviations of the rows `include` accepts, and per segment. */
interface ColumnStats {
  count: number;
  means: Float64Array;
  deviations: Float64Array;
  bySegment: Map<number, { count: number; sums: Float64Array }>;
}

function columnStats(
  matrix: Float64Array,
  width: number,
  labels: Int32Array,
  include: (row: number) => boolean,
): ColumnStats {
  const rows = Array.from({ length: labels.length }, (_, row) => row).filter(include);
  const means = columnMeans(matrix, width, rows);
  const deviations = new Float64Array(width);
  const bySegment = new Map<number, { count: number; sums: Float64Array }>();
  for (const row of rows) {
    const segment = labels[row]!;
    const entry = bySegment.get(segment) ?? { count: 0, sums: new Float64Array(width) };
    bySegment.set(segment, entry);
    entry.count += 1;
    for (let column = 0; column < width; column += 1) {
      const value = matrix[row * width + column]!;
      entry.sums[column]! += value;
      deviations[column]! += (value - means[column]!) ** 2;
    }
  }
  for (let column = 0; column < width; column += 1)
    deviations[column] = Math.sqrt(deviations[column]! / Math.max(rows.length, 1));
  return { count: rows.length, means, deviations, bySegment };
}

function columnMeans(matrix: Float64Array, width: number, rows: readonly number[]): Float64Array {
  const means = new Float64Array(width);
  for (const row of rows)
    for (let column = 0; column < width; column += 1) means[column]! += matrix[row * width + column]!;
  for (let column = 0; column < width; column += 1) means[column]! /= Math.max(rows.length, 1);
  return means;
}
