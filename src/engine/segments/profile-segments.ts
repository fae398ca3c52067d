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
  /** Themes with the highest mean share in this segment, with their lift against the whole base. */
  topThemes: { theme: number; share: number; lift: number | null }[];
  /** Every feature: segment mean, base mean, and lift = segment mean / base mean (null when the base mean is 0). */
  features: { name: string; mean: number; baseMean: number; lift: number | null }[];
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
  const baseMeans = columnMeans(
    features.matrix,
    width,
    Array.from({ length: rows }, (_, row) => row),
  );
  const themeCount = features.featureNames.filter((name) => name.startsWith('theme_')).length;
  return Array.from({ length: k }, (_, id) => {
    const members = Array.from({ length: rows }, (__, row) => row).filter((row) => labels[row] === id);
    const means = columnMeans(features.matrix, width, members);
    const lift = (column: number): number | null =>
      baseMeans[column]! > 0 ? means[column]! / baseMeans[column]! : null;
    const average = (pick: (row: number) => number): number =>
      members.reduce((sum, row) => sum + pick(row), 0) / Math.max(members.length, 1);
    const topThemes = Array.from({ length: themeCount }, (__, theme) => ({
      theme,
      share: means[features.themeColumn + theme]!,
      lift: lift(features.themeColumn + theme),
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
      })),
    };
  });
}

function columnMeans(matrix: Float64Array, width: number, rows: readonly number[]): Float64Array {
  const means = new Float64Array(width);
  for (const row of rows)
    for (let column = 0; column < width; column += 1) means[column]! += matrix[row * width + column]!;
  for (let column = 0; column < width; column += 1) means[column]! /= Math.max(rows.length, 1);
  return means;
}
