import { CohortError } from '../engine-errors.ts';
import { type EngineWarning, engineWarning } from '../engine-warning.ts';
import { minOf } from '../statistics/extremes.ts';
import { findRetentionFindings, type RetentionFindings } from './find-retention-findings.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** One purchase as the cohort engine needs it. */
export interface CohortPurchase {
  /** Customer database id (`Customer.id`). */
  customerId: number;
  date: Date;
  amount: number;
}

/** Options of {@link computeCohortRetention}. */
export interface CohortRetentionOptions {
  /** Rows shown at most; older first-purchase months are folded into the oldest row ("… and earlier"). */
  maxCohorts: number;
  /** Months after the first purchase shown at most (columns 0 … maxOffsets). */
  maxOffsets: number;
  /** A row with fewer customers than this is merged with a neighbouring month (the privacy minimum). */
  minimumCohortSize: number;
  /**
   * Calendar months per row before any merging: 1 (months), 2 (Jan–Feb, Mar–Apr, …) or 3 (quarters),
   * blocks aligned to the calendar year.
   */
  monthsPerCohort: number;
}

/** Twelve cohorts, a year after the first purchase, the default privacy minimum. */
export const defaultCohortRetentionOptions: CohortRetentionOptions = {
  maxCohorts: 12,
  maxOffsets: 12,
  minimumCohortSize: 20,
  monthsPerCohort: 1,
};

/**
 * One month after the first purchase for one row:
 * - `observed`: the month is complete in the data for every member, so `rate` is final;
 * - `partial`: the data ends inside it for some members (a month still running): no rate, so it is
 *   never read as a drop;
 * - `not-yet`: after the data's end for every member.
 */
export interface CohortCell {
  offset: number;
  status: 'observed' | 'partial' | 'not-yet';
  /** Members with at least one purchase in their own first month + offset (observed cells only). */
  retained: number | null;
  /** retained ÷ row size; 1 at offset 0. */
  rate: number | null;
  /** Purchase amounts of the members in that month ÷ row size. */
  revenuePerCustomer: number | null;
}

/** One row: the customers whose first purchase fell in `firstMonth`…`lastMonth` (YYYY-MM, UTC). */
export interface CohortRow {
  firstMonth: string;
  lastMonth: string;
  /** The row also holds every earlier first-purchase month (folded by `maxCohorts`). */
  includesEarlier: boolean;
  /** First-purchase months in the row that had customers (more than one when merged or folded). */
  months: string[];
  size: number;
  /** The row's customers (database ids), ascending. */
  members: number[];
  cells: CohortCell[];
}

/** Result of {@link computeCohortRetention}. */
export interface CohortRetention {
  /** Oldest first; empty when there are no purchases or fewer buyers than the minimum. */
  rows: CohortRow[];
  purchases: number;
  /** Customers with at least one purchase. */
  customers: number;
  /** Date of the last purchase (YYYY-MM-DD, UTC); null without purchases. */
  lastPurchaseDate: string | null;
  /** The last month the data covers to its end; null without purchases or when none is complete. */
  lastCompleteMonth: string | null;
  /** The month the data ends part-way through, if any. */
  partialMonth: string | null;
  /** True when there are buyers but fewer than the minimum: nothing is described. */
  withheld: boolean;
  findings: RetentionFindings;
  warnings: EngineWarning[];
  options: CohortRetentionOptions;
}

/** Months since year 0 (UTC): consecutive calendar months are consecutive integers. */
export function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** A month index as `YYYY-MM`. */
export function monthKey(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

interface Draft {
  months: number[];
  members: number[];
  includesEarlier: boolean;
  /** Calendar blocks of `monthsPerCohort` months in the row (more than one when small ones were merged). */
  blocks: number;
}

/**
 * Cohort retention by calendar month (UTC) of each customer's first purchase: for each cohort and
 * each month k = 0 … maxOffsets after it, the share of the cohort who bought in their first month + k
 * (k = 0 is everyone), and their revenue per cohort customer. Only months the data covers to the end
 * are given a rate; a month the data ends inside is `partial`, so a month still running is never
 * shown as a drop.
 *
 * Privacy: a first-purchase month with fewer customers than the minimum is merged with its smaller
 * neighbouring row (the earlier one on a tie) until every row has the minimum; with more rows than
 * `maxCohorts` the oldest are folded into one "… and earlier" row. So every buyer is in exactly one
 * row and the rows together are all buyers, whatever the options. Fewer buyers than the minimum in
 * all: nothing is described (`withheld`).
 *
 * @throws CohortError `COHORT_INVALID_INPUT` for an option out of range or a purchase whose date or amount is not finite.
 */
export function computeCohortRetention(
  purchases: readonly CohortPurchase[],
  options: Partial<CohortRetentionOptions> = {},
): CohortRetention {
  const settings = { ...defaultCohortRetentionOptions, ...options };
  checkOptions(settings);
  const firstMonth = new Map<number, number>();
  let lastTime = Number.NEGATIVE_INFINITY;
  for (const [index, purchase] of purchases.entries()) {
    const time = purchase.date.getTime();
    if (!Number.isFinite(time) || !Number.isFinite(purchase.amount))
      throw new CohortError(
        'COHORT_INVALID_INPUT',
        `Purchase ${index} (customer ${purchase.customerId}) has no valid date or amount; fix or drop that row.`,
        { field: 'purchases', index },
      );
    const month = monthIndex(purchase.date);
    const known = firstMonth.get(purchase.customerId);
    if (known === undefined || month < known) firstMonth.set(purchase.customerId, month);
    if (time > lastTime) lastTime = time;
  }
  const empty = (withheld: boolean, warnings: EngineWarning[] = []): CohortRetention => ({
    rows: [],
    purchases: purchases.length,
    customers: firstMonth.size,
    lastPurchaseDate: firstMonth.size > 0 ? new Date(lastTime).toISOString().slice(0, 10) : null,
    lastCompleteMonth: null,
    partialMonth: null,
    withheld,
    findings: findRetentionFindings([]),
    warnings,
    options: settings,
  });
  if (firstMonth.size === 0) return empty(false);
  if (firstMonth.size < settings.minimumCohortSize) return empty(true);

  const last = new Date(lastTime);
  const lastMonth = monthIndex(last);
  // The month is complete when the data reaches its last day (a purchase on the 31st, 30th, …).
  const complete = new Date(lastTime + 86_400_000).getUTCMonth() !== last.getUTCMonth();
  const lastComplete = complete ? lastMonth : lastMonth - 1;
  const warnings: EngineWarning[] = [];
  if (!complete)
    warnings.push(
      engineWarning(
        'COHORT_LAST_MONTH_PARTIAL',
        { month: monthKey(lastMonth), lastDate: last.toISOString().slice(0, 10) },
        `The data ends on ${last.toISOString().slice(0, 10)}, part-way through ${monthKey(lastMonth)}: that month has no rates.`,
      ),
    );

  const byMonth = new Map<number, number[]>();
  for (const [customer, month] of firstMonth) {
    const list = byMonth.get(month);
    if (list) list.push(customer);
    else byMonth.set(month, [customer]);
  }
  let drafts: Draft[] = [];
  const blockOf = (month: number): number => Math.floor(month / settings.monthsPerCohort);
  for (const month of [...byMonth.keys()].sort((left, right) => left - right)) {
    const open = drafts.at(-1);
    if (open && blockOf(open.months[0]!) === blockOf(month)) {
      open.months.push(month);
      for (const customer of byMonth.get(month)!) open.members.push(customer);
    } else drafts.push({ months: [month], members: [...byMonth.get(month)!], includesEarlier: false, blocks: 1 });
  }
  drafts = mergeSmallRows(drafts, settings.minimumCohortSize);
  for (const draft of drafts)
    if (draft.blocks > 1)
      warnings.push(
        engineWarning(
          'COHORTS_MERGED',
          {
            first: monthKey(draft.months[0]!),
            last: monthKey(draft.months.at(-1)!),
            minimum: settings.minimumCohortSize,
          },
          `First-purchase months ${monthKey(draft.months[0]!)} to ${monthKey(draft.months.at(-1)!)} are one row: a month alone had fewer than ${groupDigits(settings.minimumCohortSize)} customers.`,
        ),
      );
  if (drafts.length > settings.maxCohorts) {
    const folded = drafts.slice(0, drafts.length - settings.maxCohorts + 1);
    const through = folded.at(-1)!.months.at(-1)!;
    const months = folded.flatMap((draft) => draft.months);
    warnings.push(
      engineWarning(
        'COHORTS_FOLDED',
        { months: months.length, through: monthKey(through) },
        `The ${months.length} oldest first-purchase months, through ${monthKey(through)}, are one row.`,
      ),
    );
    drafts = [
      {
        months,
        members: folded.flatMap((draft) => draft.members),
        includesEarlier: true,
        blocks: folded.reduce((sum, draft) => sum + draft.blocks, 0),
      },
      ...drafts.slice(folded.length),
    ];
  }

  // Per customer: purchases (count and amount) by month after their own first month.
  const activity = new Map<number, Map<number, number>>();
  for (const purchase of purchases) {
    const offset = monthIndex(purchase.date) - firstMonth.get(purchase.customerId)!;
    if (offset > settings.maxOffsets) continue;
    const months = activity.get(purchase.customerId) ?? new Map<number, number>();
    months.set(offset, (months.get(offset) ?? 0) + purchase.amount);
    activity.set(purchase.customerId, months);
  }
  const rows = drafts.map((draft): CohortRow => {
    const earliest = draft.months[0]!;
    const latest = draft.months.at(-1)!;
    const members = [...draft.members].sort((left, right) => left - right);
    const cells: CohortCell[] = [];
    for (let offset = 0; offset <= settings.maxOffsets; offset += 1) {
      const status =
        latest + offset <= lastComplete ? 'observed' : earliest + offset <= lastMonth ? 'partial' : 'not-yet';
      // The first month is everyone's by definition, even while it is still running.
      if (status !== 'observed' && offset > 0) {
        cells.push({ offset, status, retained: null, rate: null, revenuePerCustomer: null });
        continue;
      }
      let retained = 0;
      let revenue = 0;
      for (const member of members) {
        const amount = activity.get(member)?.get(offset);
        if (amount === undefined) continue;
        retained += 1;
        revenue += amount;
      }
      cells.push({
        offset,
        status: offset === 0 ? 'observed' : status,
        retained,
        rate: retained / members.length,
        revenuePerCustomer: revenue / members.length,
      });
    }
    return {
      firstMonth: monthKey(earliest),
      lastMonth: monthKey(latest),
      includesEarlier: draft.includesEarlier,
      months: draft.months.map(monthKey),
      size: members.length,
      members,
      cells,
    };
  });
  return {
    rows,
    purchases: purchases.length,
    customers: firstMonth.size,
    lastPurchaseDate: last.toISOString().slice(0, 10),
    lastCompleteMonth: lastComplete >= minOf(byMonth.keys()) ? monthKey(lastComplete) : null,
    partialMonth: complete ? null : monthKey(lastMonth),
    withheld: false,
    findings: findRetentionFindings(rows),
    warnings,
    options: settings,
  };
}

/** Merges the smallest row below the minimum with its smaller neighbour until none is left (or one row). */
function mergeSmallRows(rows: Draft[], minimum: number): Draft[] {
  const list = [...rows];
  for (;;) {
    let smallest = -1;
    for (const [index, row] of list.entries())
      if (row.members.length < minimum && (smallest < 0 || row.members.length < list[smallest]!.members.length))
        smallest = index;
    if (smallest < 0 || list.length < 2) return list;
    const before = list[smallest - 1];
    const after = list[smallest + 1];
    const into =
      after === undefined || (before !== undefined && before.members.length <= after.members.length)
        ? smallest - 1
        : smallest + 1;
    const [left, right] = into < smallest ? [into, smallest] : [smallest, into];
    list.splice(left, 2, {
      months: [...list[left]!.months, ...list[right]!.months],
      members: [...list[left]!.members, ...list[right]!.members],
      includesEarlier: false,
      blocks: list[left]!.blocks + list[right]!.blocks,
    });
  }
}

function checkOptions(options: CohortRetentionOptions): void {
  const rules: [keyof CohortRetentionOptions, number, number][] = [
    ['maxCohorts', 1, 120],
    ['maxOffsets', 1, 120],
    ['minimumCohortSize', 1, 1_000_000],
    ['monthsPerCohort', 1, 3],
  ];
  for (const [field, low, high] of rules) {
    const value = options[field];
    if (!Number.isInteger(value) || value < low || value > high)
      throw new CohortError(
        'COHORT_INVALID_INPUT',
        `${field} = ${String(value)}; it must be a whole number from ${low} to ${high}.`,
        { field, value },
      );
  }
}
