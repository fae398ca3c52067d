import { mergeSalesFigures, SalesAccumulator, type SalesFigures, type SalesTransaction } from './sales-figures.ts';

/** Calendar months or ISO weeks (Monday to Sunday), both in UTC. */
export type PeriodUnit = 'month' | 'week';

/** One period of a breakdown: [start, end) in UTC. */
export interface PeriodSales {
  /** `2026-03` for a month, `2026-W09` for an ISO week (its ISO week-numbering year). */
  key: string;
  /** First day, `YYYY-MM-DD` (a week's Monday). */
  start: string;
  /** First day of the next period, `YYYY-MM-DD`. */
  end: string;
  /** Zeros (and no members) for a period without orders: it is shown, not left out. */
  figures: SalesFigures;
}

/** Options of {@link breakDownByPeriod}. */
export interface PeriodBreakdownOptions {
  unit: PeriodUnit;
  /** How many periods, the last one being the period that holds `through`. */
  count: number;
  /** The last day counted (its whole UTC day), e.g. the dataset's last order date — not today. */
  through: Date;
}

const dayMilliseconds = 86_400_000;

/**
 * Revenue, orders and distinct customers per calendar month or ISO week (UTC), for the `count`
 * periods ending with the one that holds `through`. Purchases before the first period or after the
 * day `through` are not counted; a period without purchases comes back with zeros, so a trend has
 * no gaps. The last period is partial when `through` is not its last day (see `throughDay`).
 */
export function breakDownByPeriod(
  transactions: Iterable<SalesTransaction>,
  options: PeriodBreakdownOptions,
): { periods: PeriodSales[]; from: Date; until: Date } {
  if (!Number.isInteger(options.count) || options.count < 1)
    throw new RangeError(`count must be a positive integer, got ${options.count}`);
  if (Number.isNaN(options.through.getTime())) throw new RangeError('through is not a valid date');
  const { from, until } = periodRange(options);
  const starts: Date[] = [];
  for (let start = from; start.getTime() < until.getTime(); start = shiftPeriod(start, options.unit, 1))
    starts.push(start);
  const sums = starts.map(() => new SalesAccumulator());
  const index = new Map(starts.map((date, position) => [date.getTime(), position]));
  for (const transaction of transactions) {
    const time = transaction.date.getTime();
    if (!(time >= from.getTime() && time < until.getTime())) continue;
    sums[index.get(periodStart(transaction.date, options.unit).getTime())!]!.add(transaction);
  }
  const periods = starts.map((date, position) => ({
    key: periodKey(date, options.unit),
    start: isoDay(date),
    end: isoDay(shiftPeriod(date, options.unit, 1)),
    figures: sums[position]!.figures(),
  }));
  return { periods, from, until };
}

/**
 * The range of `count` periods ending with the one that holds `through`: from the first period's
 * first day to the end of the day `through` (exclusive), in UTC.
 */
export function periodRange(options: PeriodBreakdownOptions): { from: Date; until: Date } {
  let from = periodStart(options.through, options.unit);
  for (let index = 1; index < options.count; index += 1) from = shiftPeriod(from, options.unit, -1);
  return { from, until: new Date(utcDay(options.through).getTime() + dayMilliseconds) };
}

/** Midnight UTC of the first day of the month or ISO week (Monday) holding `date`. */
export function periodStart(date: Date, unit: PeriodUnit): Date {
  if (unit === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const day = utcDay(date);
  // getUTCDay: Sunday 0 … Saturday 6; an ISO week starts on Monday.
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * dayMilliseconds);
}

/** `2026-03`, or the ISO week `2026-W09` (the year of the week's Thursday). */
export function periodKey(date: Date, unit: PeriodUnit): string {
  if (unit === 'month') return isoDay(date).slice(0, 7);
  const thursday = new Date(periodStart(date, 'week').getTime() + 3 * dayMilliseconds);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / dayMilliseconds / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function shiftPeriod(start: Date, unit: PeriodUnit, by: number): Date {
  if (unit === 'week') return new Date(start.getTime() + by * 7 * dayMilliseconds);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + by, 1));
}

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Merges every period with 1 to `minimum` − 1 buying customers into a neighbour (the one with fewer
 * customers, so the trend is blurred as little as possible), again until none is left or one row
 * remains. Merging, not withholding: a withheld month inside the range would still follow from the
 * range's total (or the all-time total another answer gives) minus the months shown, i.e. its few
 * buyers' spend. A merged row keeps its first period's key and start, its last one's end, and counts
 * its `periods`; a single row still below the minimum is the caller's to withhold.
 */
export function mergeSmallPeriods(
  periods: readonly PeriodSales[],
  minimum: number,
): (PeriodSales & { periods: number })[] {
  const rows = periods.map((period) => ({ ...period, periods: 1 }));
  const small = (row: PeriodSales): boolean => row.figures.customers > 0 && row.figures.customers < minimum;
  const join = (first: PeriodSales & { periods: number }, second: PeriodSales & { periods: number }) => ({
    key: first.key,
    start: first.start,
    end: second.end,
    periods: first.periods + second.periods,
    figures: mergeSalesFigures([first.figures, second.figures]),
  });
  for (let index = rows.findIndex(small); index >= 0 && rows.length > 1; index = rows.findIndex(small)) {
    const before = rows[index - 1];
    const after = rows[index + 1];
    if (after === undefined || (before !== undefined && before.figures.customers <= after.figures.customers))
      rows.splice(index - 1, 2, join(before!, rows[index]!));
    else rows.splice(index, 2, join(rows[index]!, after));
  }
  return rows;
}
