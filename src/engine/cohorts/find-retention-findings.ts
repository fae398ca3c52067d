import { maxOf, minOf } from '../statistics/extremes.ts';

/** The part of a cohort row the findings read (see `CohortRow`). */
interface FindingRow {
  cells: readonly { offset: number; status: string; rate: number | null }[];
}

/** The spread of one month-after-first-purchase rate over the rows that have it. */
export interface TypicalRate {
  offset: number;
  /** Median over rows (a row's own figure, or the mean of the two middle rows' figures). */
  median: number;
  lowest: number;
  highest: number;
  /** Rows with this month observed. */
  cohorts: number;
}

/** What a reader wants first from a cohort table. */
export interface RetentionFindings {
  /** Month after the first purchase at which rows are ranked: 3 when two or more rows have it, else 1; null when fewer than two rows have month 1. */
  compareOffset: number | null;
  /** Row index (oldest first) with the highest / lowest rate at `compareOffset`; null when all are equal or no ranking. */
  best: number | null;
  worst: number | null;
  /** Month 1 and month 3 rates over the rows that have them (absent when no row has it). */
  typical: TypicalRate[];
  /** Month-1 rate of the newer half of rows against the older half (4 rows or more), beyond ±`steadyBand`. */
  trend: 'improving' | 'worsening' | 'steady' | 'unknown';
  /** Mean month-1 rate of the older and the newer half of the rows; null when `unknown`. */
  trendRates: { older: number; newer: number } | null;
}

/** A change in the month-1 rate smaller than this (2 percentage points) is called steady. */
export const steadyBand = 0.02;

function rateAt(row: FindingRow, offset: number): number | null {
  const cell = row.cells.find((candidate) => candidate.offset === offset);
  return cell?.status === 'observed' ? cell.rate : null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The headline of a cohort table: which row keeps customers best and worst (3 months on when two rows
 * have it, else 1 month on), the typical month-1 and month-3 rates, and whether month-1 retention is
 * getting better or worse (newer half of the rows against the older half; the middle row of an odd
 * count is left out). Only observed cells count: a month still running says nothing.
 */
export function findRetentionFindings(rows: readonly FindingRow[]): RetentionFindings {
  const typical: TypicalRate[] = [];
  for (const offset of [1, 3]) {
    const rates = rows.map((row) => rateAt(row, offset)).filter((rate): rate is number => rate !== null);
    if (rates.length > 0)
      typical.push({
        offset,
        median: median(rates),
        lowest: minOf(rates),
        highest: maxOf(rates),
        cohorts: rates.length,
      });
  }
  const ranked = (offset: number) =>
    rows.flatMap((row, index) => {
      const rate = rateAt(row, offset);
      return rate === null ? [] : [{ index, rate }];
    });
  const atThree = ranked(3);
  const compared = atThree.length >= 2 ? atThree : ranked(1);
  const compareOffset = compared.length >= 2 ? (compared === atThree ? 3 : 1) : null;
  let best: number | null = null;
  let worst: number | null = null;
  if (compareOffset !== null) {
    // Ties go to the older row: the first one met.
    const top = compared.reduce((kept, row) => (row.rate > kept.rate ? row : kept));
    const bottom = compared.reduce((kept, row) => (row.rate < kept.rate ? row : kept));
    if (top.rate > bottom.rate) {
      best = top.index;
      worst = bottom.index;
    }
  }
  const monthOne = ranked(1).map((row) => row.rate);
  let trend: RetentionFindings['trend'] = 'unknown';
  let trendRates: RetentionFindings['trendRates'] = null;
  if (monthOne.length >= 4) {
    const half = Math.floor(monthOne.length / 2);
    trendRates = { older: mean(monthOne.slice(0, half)), newer: mean(monthOne.slice(-half)) };
    const change = trendRates.newer - trendRates.older;
    trend = change >= steadyBand ? 'improving' : change <= -steadyBand ? 'worsening' : 'steady';
  }
  return { compareOffset, best, worst, typical, trend, trendRates };
}
