import type { CustomerOutlooks } from '../../data/analysis/load-customer-outlook.ts';
import { parseBinaryTarget } from '../../data/analysis/parse-binary-target.ts';
import { assessChurnRisk, type ChurnRiskOptions } from '../../engine/churn/assess-churn-risk.ts';
import { rocAuc } from '../../engine/prediction/roc-auc.ts';
import { findChurnColumn } from './find-churn-column.ts';
import type { DeclaredGroup } from '../declared-group.ts';
import { customersGroup } from '../shared/group-members.ts';

/** A measure that may set at-risk customers apart from the other valuable ones. */
export type ChurnDriverMeasure = 'daysSinceLastPurchase' | 'purchases' | 'orderValue' | 'photos';

/** One segment's share of the risk (only segments with at least the minimum group size at risk). */
export interface ChurnSegmentRisk {
  segment: number;
  label: string;
  valuable: number;
  atRisk: number;
  lifetimeValueAtRisk: number;
}

/** The churn-risk answer as data: aggregates only. */
export interface ChurnRiskResult {
  customers: number;
  withoutPurchases: number;
  periodMonths: number;
  rule: Pick<ChurnRiskOptions, 'valueQuantile' | 'dropRatio'> & { valueThreshold: number };
  valuable: number;
  atRisk: number;
  /** At least the minimum group size at risk: their value, segments and drivers may be described. */
  describable: boolean;
  /** Null when fewer than the minimum group size are at risk: a small group's sum is never told. */
  lifetimeValueAtRisk: number | null;
  revenueDropNextPeriod: number | null;
  /** Mean P(buy again next period) of the at-risk and of the other valuable customers (null below the minimum). */
  buyAgain: { atRisk: number | null; otherValuable: number | null };
  /** Segments in descending order of value at risk; smaller ones are counted in `withheldSegments`. */
  segments: ChurnSegmentRisk[];
  withheldSegments: number;
  /** Means of the at-risk vs other valuable customers, largest standardized difference first. */
  drivers: { measure: ChurnDriverMeasure; atRisk: number; otherValuable: number; difference: number }[];
  /** The dataset's own churn column, when it has one. */
  churnColumn: { name: string; rateAtRisk: number | null; rateOthers: number | null; auc: number | null } | null;
  /** The groups whose figures the answer gives, with their customers, for the tool runner's checks. */
  groups: DeclaredGroup[];
}

/**
 * Applies the at-risk rule to every buyer (optionally only one segment's) and aggregates the answer:
 * counts, value at stake, segments (withheld below `minimumGroupSize`), drivers and the churn column.
 */
export function buildChurnRiskResult(
  outlooks: CustomerOutlooks,
  options: {
    periodMonths: number;
    minimumGroupSize: number;
    segment: number | null;
    segmentLabel: (segment: number) => string;
    rule?: Partial<ChurnRiskOptions>;
  },
): ChurnRiskResult {
  const all = outlooks.customers;
  const assessment = assessChurnRisk(
    all.map((customer) => ({
      summary: customer.summary,
      pastSpend: customer.pastSpend,
      orderValue: customer.orderValue,
      lifetimeValue: customer.lifetimeValue,
    })),
    all.map((customer) => customer.forecast),
    outlooks.horizonWeeks,
    options.rule,
  );
  // The value threshold is the whole base's, so "valuable" means the same in every segment.
  const indices = all.flatMap((customer, index) =>
    options.segment === null || customer.segment === options.segment ? [index] : [],
  );
  const atRiskIndices = indices.filter((index) => assessment.verdicts[index]!.atRisk);
  const otherValuable = indices.filter(
    (index) => assessment.verdicts[index]!.valuable && !assessment.verdicts[index]!.atRisk,
  );
  const describable = atRiskIndices.length >= options.minimumGroupSize;
  const bySegment = new Map<number, ChurnSegmentRisk>();
  for (const index of indices) {
    const customer = all[index]!;
    const verdict = assessment.verdicts[index]!;
    if (customer.segment === null || !verdict.valuable) continue;
    const entry = bySegment.get(customer.segment) ?? {
      segment: customer.segment,
      label: options.segmentLabel(customer.segment),
      valuable: 0,
      atRisk: 0,
      lifetimeValueAtRisk: 0,
    };
    entry.valuable += 1;
    if (verdict.atRisk) {
      entry.atRisk += 1;
      entry.lifetimeValueAtRisk += customer.lifetimeValue ?? 0;
    }
    bySegment.set(customer.segment, entry);
  }
  const segments = [...bySegment.values()]
    .filter((entry) => entry.atRisk > 0)
    .sort((left, right) => right.lifetimeValueAtRisk - left.lifetimeValueAtRisk);
  const shown = describable ? segments.filter((entry) => entry.atRisk >= options.minimumGroupSize) : [];
  const sum = (list: number[], value: (index: number) => number): number =>
    list.reduce((total, index) => total + value(index), 0);
  const driversShown = describable && otherValuable.length >= options.minimumGroupSize;
  const ids = (list: readonly number[]): number[] => list.map((index) => all[index]!.customerId);
  const groups = [
    ...(describable ? [customersGroup('at-risk customers', ids(atRiskIndices))] : []),
    ...shown.map((entry) =>
      customersGroup(
        `S${entry.segment} at risk`,
        ids(atRiskIndices.filter((index) => all[index]!.segment === entry.segment)),
      ),
    ),
    ...(driversShown ? [customersGroup('other valuable customers', ids(otherValuable))] : []),
  ];
  return {
    customers: indices.length,
    withoutPurchases: outlooks.withoutPurchases,
    periodMonths: options.periodMonths,
    rule: {
      valueQuantile: assessment.options.valueQuantile,
      dropRatio: assessment.options.dropRatio,
      valueThreshold: assessment.valueThreshold,
    },
    valuable: atRiskIndices.length + otherValuable.length,
    atRisk: atRiskIndices.length,
    describable,
    // One at-risk customer's CLV would otherwise be the "total": values of small groups stay untold.
    lifetimeValueAtRisk: describable ? sum(atRiskIndices, (index) => all[index]!.lifetimeValue ?? 0) : null,
    revenueDropNextPeriod: describable ? sum(atRiskIndices, (index) => assessment.verdicts[index]!.revenueDrop) : null,
    buyAgain: {
      atRisk: describable ? meanOf(atRiskIndices, (index) => all[index]!.forecast.probabilityBuyAgain) : null,
      otherValuable:
        otherValuable.length >= options.minimumGroupSize
          ? meanOf(otherValuable, (index) => all[index]!.forecast.probabilityBuyAgain)
          : null,
    },
    segments: shown,
    withheldSegments: segments.length - shown.length,
    drivers: driversShown ? drivers(outlooks, atRiskIndices, otherValuable) : [],
    churnColumn: churnColumnCheck(
      outlooks,
      indices,
      assessment.verdicts.map((verdict) => verdict.atRisk),
      options.minimumGroupSize,
    ),
    groups,
  };
}

function meanOf(indices: readonly number[], value: (index: number) => number): number | null {
  if (indices.length === 0) return null;
  return indices.reduce((total, index) => total + value(index), 0) / indices.length;
}

const measures: Record<ChurnDriverMeasure, (customer: CustomerOutlooks['customers'][number]) => number> = {
  daysSinceLastPurchase: (customer) => customer.daysSinceLastPurchase,
  purchases: (customer) => customer.purchases,
  orderValue: (customer) => customer.pastSpend / Math.max(1, customer.purchases),
  photos: (customer) => customer.photos,
};

/** Mean differences in pooled standard deviations (Cohen's d), largest first; constant measures dropped. */
function drivers(
  outlooks: CustomerOutlooks,
  atRisk: readonly number[],
  others: readonly number[],
): ChurnRiskResult['drivers'] {
  return (Object.keys(measures) as ChurnDriverMeasure[])
    .map((measure) => {
      const value = (index: number): number => measures[measure](outlooks.customers[index]!);
      const left = atRisk.map(value);
      const right = others.map(value);
      const meanLeft = left.reduce((sum, item) => sum + item, 0) / left.length;
      const meanRight = right.reduce((sum, item) => sum + item, 0) / right.length;
      const squares = [...left.map((item) => (item - meanLeft) ** 2), ...right.map((item) => (item - meanRight) ** 2)];
      const pooled = Math.sqrt(squares.reduce((sum, item) => sum + item, 0) / Math.max(1, squares.length - 2));
      return {
        measure,
        atRisk: meanLeft,
        otherValuable: meanRight,
        difference: pooled > 0 ? (meanLeft - meanRight) / pooled : 0,
      };
    })
    .filter((driver) => driver.difference !== 0)
    .sort((left, right) => Math.abs(right.difference) - Math.abs(left.difference));
}

function churnColumnCheck(
  outlooks: CustomerOutlooks,
  indices: readonly number[],
  atRisk: readonly boolean[],
  minimumGroupSize: number,
): ChurnRiskResult['churnColumn'] {
  const name = findChurnColumn(indices.map((index) => outlooks.customers[index]!.attributes));
  if (name === null) return null;
  const labelled = indices.flatMap((index) => {
    const label = parseBinaryTarget(outlooks.customers[index]!.attributes[name]);
    return label === null ? [] : [{ index, label }];
  });
  // A rate over fewer than the minimum group size would tell those customers' own labels.
  const rate = (rows: typeof labelled): number | null =>
    rows.length < Math.max(1, minimumGroupSize) ? null : rows.filter((row) => row.label === 1).length / rows.length;
  const auc = rocAuc(
    labelled.map((row) => row.label),
    labelled.map((row) => -outlooks.customers[row.index]!.forecast.expectedPurchases),
  );
  return {
    name,
    rateAtRisk: rate(labelled.filter((row) => atRisk[row.index])),
    rateOthers: rate(labelled.filter((row) => !atRisk[row.index])),
    auc: Number.isFinite(auc) ? auc : null,
  };
}
