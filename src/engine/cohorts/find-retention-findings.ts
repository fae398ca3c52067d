import { maxOf, minOf } from '../statistics/extremes.ts';

/** The part of a cohort row the findings read (see `CohortRow`). */
interface FindingRow {
  size: number;
  cells: readonly { offset: number; status: string; rate: number | null; retained: number | null }[];
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

/**
 * How far apart the best and the worst row are: `clear`; `small` (under {@link notableGap}, not worth
 * naming a best row); `chance` (wider, but within what chance gives rows of these sizes).
 */
export type RankingStrength = 'clear' | 'small' | 'chance';

/** What a reader wants first from a cohort table. */
export interface RetentionFindings {
  /** Month after the first purchase at which rows are ranked: 3 when two or more rows have it, else 1; null when fewer than two rows have month 1. */
  compareOffset: number | null;
  /** Row index (oldest first) with the highest / lowest rate at `compareOffset`; null when all are equal or no ranking. */
  best: number | null;
  worst: number | null;
  /** Null when there is no best and worst. */
  ranking: RankingStrength | null;
  /** Month 1 and month 3 rates over the rows that have them (absent when no row has it). */
  typical: TypicalRate[];
  /** Month-1 rate of the newer half of rows against the older half (4 rows or more), beyond ±`steadyBand`. */
  trend: 'improving' | 'worsening' | 'steady' | 'unknown';
  /** Mean month-1 rate of the older and the newer half of the rows; null when `unknown`. */
  trendRates: { older: number; newer: number } | null;
  /** An improving or worsening trend whose halves (all their customers pooled) differ within chance. */
  trendLikelyChance: boolean;
}

/** A change in the month-1 rate smaller than this (2 percentage points) is called steady. */
export const steadyBand = 0.02;
/** Best and worst rows closer than this (3 percentage points) are told as about the same. */
export const notableGap = 0.03;

interface Share {
  retained: number;
  size: number;
}

function shareAt(row: FindingRow, offset: number): (Share & { rate: number }) | null {
  const cell = row.cells.find((candidate) => candidate.offset === offset);
  if (cell?.status !== 'observed' || cell.rate === null) return null;
  return { rate: cell.rate, retained: cell.retained ?? cell.rate * row.size, size: row.size };
}

/** Two shares whose difference a two-sided two-proportion z-test at 5 % does not tell from chance. */
function withinChance(left: Share, right: Share): boolean {
  const pooled = (left.retained + right.retained) / (left.size + right.size);
  const error = Math.sqrt(pooled * (1 - pooled) * (1 / left.size + 1 / right.size));
  if (!(error > 0)) return false;
  return Math.abs(left.retained / left.size - right.retained / right.size) / error < 1.96;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const pool = (shares: readonly Share[]): Share => ({
  retained: shares.reduce((sum, share) => sum + share.retained, 0),
  size: shares.reduce((sum, share) => sum + share.size, 0),
});

/**
 * The headline of a cohort table: which row keeps customers best and worst (3 months on when two rows
 * have it, else 1 month on) and whether that gap is worth telling, the typical month-1 and month-3
 * rates, and whether month-1 retention is getting better or worse (newer half of the rows against the
 * older half; the middle row of an odd count is left out). Only observed cells count: a month still
 * running says nothing. Gaps are checked against chance, because rows of 20–40 customers differ by
 * ten points or more by chance alone.
 */
export function findRetentionFindings(rows: readonly FindingRow[]): RetentionFindings {
  const typical: TypicalRate[] = [];
  for (const offset of [1, 3]) {
    const rates = rows.flatMap((row) => shareAt(row, offset)?.rate ?? []);
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
      const share = shareAt(row, offset);
      return share === null ? [] : [{ index, ...share }];
    });
  const atThree = ranked(3);
  const compared = atThree.length >= 2 ? atThree : ranked(1);
  const compareOffset = compared.length >= 2 ? (compared === atThree ? 3 : 1) : null;
  let best: number | null = null;
  let worst: number | null = null;
  let ranking: RankingStrength | null = null;
  if (compareOffset !== null) {
    // Ties go to the older row: the first one met.
    const top = compared.reduce((kept, row) => (row.rate > kept.rate ? row : kept));
    const bottom = compared.reduce((kept, row) => (row.rate < kept.rate ? row : kept));
    if (top.rate > bottom.rate) {
      best = top.index;
      worst = bottom.index;
      ranking = top.rate - bottom.rate < notableGap ? 'small' : withinChance(top, bottom) ? 'chance' : 'clear';
    }
  }
  const monthOne = ranked(1);
  let trend: RetentionFindings['trend'] = 'unknown';
  let trendRates: RetentionFindings['trendRates'] = null;
  let trendLikelyChance = false;
  if (monthOne.length >= 4) {
    const half = Math.floor(monthOne.length / 2);
    const older = monthOne.slice(0, half);
    const newer = monthOne.slice(-half);
    trendRates = { older: mean(older.map((row) => row.rate)), newer: mean(newer.map((row) => row.rate)) };
    const change = trendRates.newer - trendRates.older;
    trend = change >= steadyBand ? 'improving' : change <= -steadyBand ? 'worsening' : 'steady';
    trendLikelyChance = trend !== 'steady' && withinChance(pool(older), pool(newer));
  }
  return { compareOffset, best, worst, ranking, typical, trend, trendRates, trendLikelyChance };
}
