import { quintileScores } from './quintile-scores.ts';
import { FeatureError } from '../engine-errors.ts';
import { maxOf } from '../statistics/extremes.ts';
import { engineWarning, type EngineWarning } from '../engine-warning.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** A customer's photo as features need it: which theme, and when it was posted (if known). */
export interface FeaturePhoto {
  customerId: number;
  theme: number;
  postedAt: Date | null;
}

export interface FeatureTransaction {
  customerId: number;
  date: Date;
  amount: number;
}

export interface CustomerFeatureOptions {
  /** The date features are computed at; default: the day after the latest transaction or photo. */
  asOf: Date | null;
}

export const defaultCustomerFeatureOptions: CustomerFeatureOptions = { asOf: null };

/** RFM of one customer, raw and scored. */
export interface RfmValues {
  recencyDays: number;
  frequency: number;
  monetary: number;
  /**
   * Days from the first purchase to the as-of date (the longest observed for a customer without
   * purchases, like recency): how long the customer has been buying, so that a purchase count can be
   * read as a rate.
   */
  tenureDays: number;
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
}

export interface CustomerFeatures {
  customerIds: number[];
  /** Row-major `customers × featureNames.length`. */
  matrix: Float64Array;
  featureNames: string[];
  /** Index of the first theme-share column; theme t is at `themeColumn + t`. */
  themeColumn: number;
  rfm: RfmValues[];
  asOf: Date;
  warnings: EngineWarning[];
}

const dayMilliseconds = 86_400_000;

/**
 * One row of features per customer:
 * - `theme_<t>_share`: share of the customer's photos in visual theme t (a histogram summing to 1, or
 *   all zeros for a customer without photos);
 * - `photo_count`, `photos_per_month` (over the span from the first post to the as-of date, at least
 *   one month, so new posters are not inflated);
 * - `recency_days` (since the last purchase), `frequency` (purchases), `monetary` (total spend), and
 *   their 1–5 quintile scores in `rfm` (which also holds `tenureDays`, since the first purchase).
 */
export function buildCustomerFeatures(
  customerIds: readonly number[],
  photos: readonly FeaturePhoto[],
  transactions: readonly FeatureTransaction[],
  themeCount: number,
  options: Partial<CustomerFeatureOptions> = {},
): CustomerFeatures {
  if (customerIds.length === 0)
    throw new FeatureError(
      'FEATURES_NO_CUSTOMERS',
      'There are no customers to describe. Import a customers file first.',
    );
  const settings = { ...defaultCustomerFeatureOptions, ...options };
  const latest = Math.max(
    maxOf(transactions.map((transaction) => transaction.date.getTime())),
    maxOf(photos.map((photo) => photo.postedAt?.getTime() ?? -Infinity)),
  );
  const asOf = settings.asOf ?? new Date(Number.isFinite(latest) ? latest + dayMilliseconds : Date.now());
  const row = new Map(customerIds.map((id, index) => [id, index]));
  const warnings: EngineWarning[] = [];

  const themeCounts = new Float64Array(customerIds.length * themeCount);
  const photoCounts = new Float64Array(customerIds.length);
  const firstPost = new Array<number>(customerIds.length).fill(Infinity);
  for (const photo of photos) {
    const index = row.get(photo.customerId);
    if (index === undefined) continue;
    themeCounts[index * themeCount + photo.theme]! += 1;
    photoCounts[index]! += 1;
    if (photo.postedAt) firstPost[index] = Math.min(firstPost[index]!, photo.postedAt.getTime());
  }
  const lastPurchase = new Array<number>(customerIds.length).fill(-Infinity);
  const firstPurchase = new Array<number>(customerIds.length).fill(Infinity);
  const frequency = new Float64Array(customerIds.length);
  const monetary = new Float64Array(customerIds.length);
  for (const transaction of transactions) {
    const index = row.get(transaction.customerId);
    if (index === undefined || transaction.date.getTime() > asOf.getTime()) continue;
    frequency[index]! += 1;
    monetary[index]! += transaction.amount;
    lastPurchase[index] = Math.max(lastPurchase[index]!, transaction.date.getTime());
    firstPurchase[index] = Math.min(firstPurchase[index]!, transaction.date.getTime());
  }
  const withoutPurchases = lastPurchase.filter((time) => time === -Infinity).length;
  if (withoutPurchases > 0)
    warnings.push(
      engineWarning(
        'CUSTOMERS_WITHOUT_PURCHASE',
        { count: withoutPurchases },
        `${groupDigits(withoutPurchases)} customer(s) have no purchase; their recency is set to the longest observed.`,
      ),
    );
  const observedRecencies = lastPurchase
    .filter(Number.isFinite)
    .map((time) => (asOf.getTime() - time) / dayMilliseconds);
  const longestRecency = observedRecencies.length > 0 ? maxOf(observedRecencies) : 0;
  const recencyDays = lastPurchase.map((time) =>
    Number.isFinite(time) ? (asOf.getTime() - time) / dayMilliseconds : longestRecency,
  );
  const observedTenures = firstPurchase
    .filter(Number.isFinite)
    .map((time) => (asOf.getTime() - time) / dayMilliseconds);
  const longestTenure = observedTenures.length > 0 ? maxOf(observedTenures) : 0;
  const tenureDays = firstPurchase.map((time) =>
    Number.isFinite(time) ? (asOf.getTime() - time) / dayMilliseconds : longestTenure,
  );

  const featureNames = [
    ...Array.from({ length: themeCount }, (_, theme) => `theme_${theme}_share`),
    'photo_count',
    'photos_per_month',
    'recency_days',
    'frequency',
    'monetary',
  ];
  const width = featureNames.length;
  const matrix = new Float64Array(customerIds.length * width);
  customerIds.forEach((_, index) => {
    const base = index * width;
    for (let theme = 0; theme < themeCount; theme += 1) {
      matrix[base + theme] =
        photoCounts[index]! > 0 ? themeCounts[index * themeCount + theme]! / photoCounts[index]! : 0;
    }
    const months = Number.isFinite(firstPost[index]!)
      ? Math.max(1, (asOf.getTime() - firstPost[index]!) / (30.44 * dayMilliseconds))
      : 1;
    matrix[base + themeCount] = photoCounts[index]!;
    matrix[base + themeCount + 1] = photoCounts[index]! / months;
    matrix[base + themeCount + 2] = recencyDays[index]!;
    matrix[base + themeCount + 3] = frequency[index]!;
    matrix[base + themeCount + 4] = monetary[index]!;
  });
  const recencyScores = quintileScores(recencyDays, false);
  const frequencyScores = quintileScores(Array.from(frequency));
  const monetaryScores = quintileScores(Array.from(monetary));
  const rfm = customerIds.map((_, index) => ({
    recencyDays: recencyDays[index]!,
    frequency: frequency[index]!,
    monetary: monetary[index]!,
    tenureDays: tenureDays[index]!,
    recencyScore: recencyScores[index]!,
    frequencyScore: frequencyScores[index]!,
    monetaryScore: monetaryScores[index]!,
  }));
  return { customerIds: [...customerIds], matrix, featureNames, themeColumn: 0, rfm, asOf, warnings };
}
