import { describe, expect, it } from 'vitest';
import {
  computeCohortRetention,
  type CohortPurchase,
  type CohortRow,
} from '../../../src/engine/cohorts/compute-cohort-retention.ts';
import { findRetentionFindings } from '../../../src/engine/cohorts/find-retention-findings.ts';
import { CohortError } from '../../../src/engine/engine-errors.ts';

const buy = (customerId: number, day: string, amount: number): CohortPurchase => ({
  customerId,
  date: new Date(`${day}T00:00:00Z`),
  amount,
});

/**
 * Six customers, by hand:
 *   1: Jan 5 (10), Feb 10 (20), Feb 20 (5), Apr 1 (5)   → first Jan; bought again 1 and 3 months on
 *   2: Jan 20 (30)                                    → first Jan; never again
 *   3: Jan 31 (10), Mar 15 (10)                       → first Jan; 2 months on
 *   4: Feb 1 (50), Mar 1 (50)                         → first Feb; 1 month on
 *   5: Feb 28 (40)                                    → first Feb
 *   6: Mar 3 (20), Apr 30 (10)                        → first Mar; 1 month on
 * The data ends on Apr 30, so April is complete.
 */
const table: CohortPurchase[] = [
  buy(1, '2026-01-05', 10),
  buy(1, '2026-02-10', 20),
  buy(1, '2026-02-20', 5),
  buy(1, '2026-04-01', 5),
  buy(2, '2026-01-20', 30),
  buy(3, '2026-01-31', 10),
  buy(3, '2026-03-15', 10),
  buy(4, '2026-02-01', 50),
  buy(4, '2026-03-01', 50),
  buy(5, '2026-02-28', 40),
  buy(6, '2026-03-03', 20),
  buy(6, '2026-04-30', 10),
];

const rates = (row: CohortRow) => row.cells.map((cell) => (cell.status === 'observed' ? cell.rate : cell.status));

describe('computeCohortRetention', () => {
  it('gives each first-purchase month the share who bought again k months on, as counted by hand', () => {
    const result = computeCohortRetention(table, { minimumCohortSize: 1, maxOffsets: 4 });
    expect(result.rows.map((row) => [row.firstMonth, row.size, row.members])).toEqual([
      ['2026-01', 3, [1, 2, 3]],
      ['2026-02', 2, [4, 5]],
      ['2026-03', 1, [6]],
    ]);
    expect(rates(result.rows[0]!)).toEqual([1, 1 / 3, 1 / 3, 1 / 3, 'not-yet']);
    expect(rates(result.rows[1]!)).toEqual([1, 1 / 2, 0, 'not-yet', 'not-yet']);
    expect(rates(result.rows[2]!)).toEqual([1, 1, 'not-yet', 'not-yet', 'not-yet']);
    // Two purchases in one month count the customer once; the revenue counts both.
    expect(result.rows[0]!.cells[1]!.retained).toBe(1);
    expect(result.rows[0]!.cells.map((cell) => cell.revenuePerCustomer)).toEqual([50 / 3, 25 / 3, 10 / 3, 5 / 3, null]);
    expect(result.rows[1]!.cells.slice(0, 3).map((cell) => cell.revenuePerCustomer)).toEqual([45, 25, 0]);
    expect(result).toMatchObject({
      customers: 6,
      purchases: 12,
      lastPurchaseDate: '2026-04-30',
      lastCompleteMonth: '2026-04',
      partialMonth: null,
      withheld: false,
      warnings: [],
    });
    // Month 3 is known for January only, so the rows are ranked a month on: March best, January worst.
    expect(result.findings).toEqual({
      compareOffset: 1,
      best: 2,
      worst: 0,
      // 1 of 1 against 1 of 3: a wide gap, but three customers cannot tell it from chance.
      ranking: 'chance',
      typical: [
        { offset: 1, median: 1 / 2, lowest: 1 / 3, highest: 1, cohorts: 3 },
        { offset: 3, median: 1 / 3, lowest: 1 / 3, highest: 1 / 3, cohorts: 1 },
      ],
      trend: 'unknown',
      trendRates: null,
      trendLikelyChance: false,
    });
  });

  it('marks a month the data ends inside as partial (not a drop) and merges a small month with its neighbour', () => {
    const ending = table.map((row) => (row.customerId === 6 && row.amount === 10 ? buy(6, '2026-04-29', 10) : row));
    const result = computeCohortRetention(ending, { minimumCohortSize: 3, maxOffsets: 4 });
    // March (1 customer) joins February (2), its only neighbour: 3 customers.
    expect(result.rows.map((row) => [row.firstMonth, row.lastMonth, row.months, row.size])).toEqual([
      ['2026-01', '2026-01', ['2026-01'], 3],
      ['2026-02', '2026-03', ['2026-02', '2026-03'], 3],
    ]);
    // April ends on the 29th: January's month 3 is partial; the Feb–Mar row is partial from month 1,
    // because its March customers' month 1 is April.
    expect(rates(result.rows[0]!)).toEqual([1, 1 / 3, 1 / 3, 'partial', 'not-yet']);
    expect(rates(result.rows[1]!)).toEqual([1, 'partial', 'partial', 'not-yet', 'not-yet']);
    expect(result.rows[1]!.cells[0]!.revenuePerCustomer).toBeCloseTo(110 / 3, 12);
    expect(result.rows[0]!.cells[3]).toEqual({
      offset: 3,
      status: 'partial',
      retained: null,
      rate: null,
      revenuePerCustomer: null,
    });
    expect(result.lastCompleteMonth).toBe('2026-03');
    expect(result.partialMonth).toBe('2026-04');
    expect(result.warnings.map((warning) => [warning.code, warning.params])).toEqual([
      ['COHORT_LAST_MONTH_PARTIAL', { month: '2026-04', lastDate: '2026-04-29' }],
      ['COHORTS_MERGED', { first: '2026-02', last: '2026-03', minimum: 3 }],
    ]);
    expect(result.findings.compareOffset).toBeNull();
    expect(result.findings.best).toBeNull();
  });

  it('folds the oldest months into one "and earlier" row, so every buyer stays in some row', () => {
    const result = computeCohortRetention(table, { minimumCohortSize: 1, maxOffsets: 4, maxCohorts: 2 });
    expect(result.rows.map((row) => [row.firstMonth, row.lastMonth, row.includesEarlier, row.members])).toEqual([
      ['2026-01', '2026-02', true, [1, 2, 3, 4, 5]],
      ['2026-03', '2026-03', false, [6]],
    ]);
    // Month 1: customer 1 (Feb) and 4 (Mar); month 2: customer 3 (Mar); month 3 reaches May for February's.
    expect(rates(result.rows[0]!)).toEqual([1, 2 / 5, 1 / 5, 'partial', 'not-yet']);
    expect(result.warnings.map((warning) => [warning.code, warning.params])).toEqual([
      ['COHORTS_FOLDED', { months: 2, through: '2026-02' }],
    ]);
  });

  it('groups first-purchase months into calendar blocks of two or three months when asked', () => {
    const pairs = computeCohortRetention(table, { minimumCohortSize: 1, maxOffsets: 4, monthsPerCohort: 2 });
    // Jan–Feb is one block, March starts the next; no small month was merged, so no note.
    expect(pairs.rows.map((row) => [row.months, row.members])).toEqual([
      [
        ['2026-01', '2026-02'],
        [1, 2, 3, 4, 5],
      ],
      [['2026-03'], [6]],
    ]);
    expect(rates(pairs.rows[0]!)).toEqual([1, 2 / 5, 1 / 5, 'partial', 'not-yet']);
    expect(pairs.warnings).toEqual([]);
    const quarter = computeCohortRetention(table, { minimumCohortSize: 1, maxOffsets: 2, monthsPerCohort: 3 });
    expect(quarter.rows.map((row) => [row.firstMonth, row.lastMonth, row.size])).toEqual([['2026-01', '2026-03', 6]]);
    // Month 1: customers 1 (Feb), 4 (Mar), 6 (Apr) of 6; month 2 reaches May for March's customer.
    expect(rates(quarter.rows[0]!)).toEqual([1, 1 / 2, 'partial']);
    expect(() => computeCohortRetention(table, { monthsPerCohort: 4 })).toThrow(/monthsPerCohort = 4/u);
  });

  it('merges a small month on a tie into the earlier neighbour, and reads months in UTC', () => {
    const people = (from: number, count: number, date: string) =>
      Array.from({ length: count }, (_, index) => ({ customerId: from + index, date: new Date(date), amount: 1 }));
    const result = computeCohortRetention(
      [
        ...people(1, 4, '2026-01-10T00:00:00Z'),
        // 2026-02-01 00:30 in Tokyo is still January 31 in UTC.
        ...people(100, 1, '2026-02-01T00:30:00+09:00'),
        ...people(200, 1, '2026-02-15T00:00:00Z'),
        ...people(300, 5, '2026-03-10T00:00:00Z'),
      ],
      { minimumCohortSize: 3 },
    );
    expect(result.rows.map((row) => [row.months, row.size])).toEqual([
      [['2026-01', '2026-02'], 6],
      [['2026-03'], 5],
    ]);
    expect(result.rows[0]!.members).toEqual([1, 2, 3, 4, 100, 200]);
  });

  it('describes nothing with no purchases, withholds fewer buyers than the minimum, and says a single month has no later rates', () => {
    expect(computeCohortRetention([])).toMatchObject({
      rows: [],
      customers: 0,
      lastPurchaseDate: null,
      withheld: false,
    });
    const two = computeCohortRetention(
      table.filter((row) => row.customerId <= 2),
      { minimumCohortSize: 3 },
    );
    expect(two).toMatchObject({ rows: [], customers: 2, withheld: true });
    const january = computeCohortRetention(
      [buy(1, '2026-01-03', 1), buy(2, '2026-01-05', 1), buy(3, '2026-01-10', 1), buy(1, '2026-01-09', 1)],
      { minimumCohortSize: 1, maxOffsets: 2 },
    );
    expect(january.rows).toHaveLength(1);
    expect(rates(january.rows[0]!)).toEqual([1, 'not-yet', 'not-yet']);
    expect(january.lastCompleteMonth).toBeNull();
    expect(january.findings).toMatchObject({ compareOffset: null, typical: [], trend: 'unknown' });
  });

  it('refuses options out of range and purchases without a date, naming them', () => {
    expect(() => computeCohortRetention(table, { maxCohorts: 0 })).toThrow(CohortError);
    expect(() => computeCohortRetention(table, { maxOffsets: 2.5 })).toThrow(/maxOffsets = 2.5/u);
    expect(() => computeCohortRetention([{ customerId: 1, date: new Date('nope'), amount: 1 }])).toThrow(
      /Purchase 0 \(customer 1\)/u,
    );
  });
});

describe('findRetentionFindings', () => {
  const row = (size: number, ...monthOne: (number | null)[]) =>
    monthOne.map((rate) => ({
      size,
      cells: [
        { offset: 0, status: 'observed', rate: 1, retained: size },
        {
          offset: 1,
          status: rate === null ? 'partial' : 'observed',
          rate,
          retained: rate === null ? null : Math.round(rate * size),
        },
      ],
    }));

  it('compares the newer half of the rows with the older half, leaving out the middle one', () => {
    const improving = findRetentionFindings(row(100, 0.1, 0.12, 0.5, 0.2, 0.22));
    expect(improving.trend).toBe('improving');
    expect(improving.trendRates!.older).toBeCloseTo(0.11, 12);
    expect(improving.trendRates!.newer).toBeCloseTo(0.21, 12);
    // 22 of 200 against 42 of 200: z = 0.10 / √(0.16 · 0.84 · 2/200) = 2.73, beyond chance.
    expect(improving.trendLikelyChance).toBe(false);
    expect(improving.best).toBe(2);
    expect(improving.worst).toBe(0);
    expect(findRetentionFindings(row(100, 0.3, 0.28, 0.12, 0.1)).trend).toBe('worsening');
    expect(findRetentionFindings(row(100, 0.2, 0.21, 0.2, 0.205)).trend).toBe('steady');
    // 24 of 60 against 18 of 60: z = 0.1 / √(0.35 · 0.65 · 2/60) = 1.15, within chance.
    expect(findRetentionFindings(row(30, 0.4, 0.4, 0.3, 0.3))).toMatchObject({
      trend: 'worsening',
      trendLikelyChance: true,
    });
    // A row still running is not counted: three observed rows are too few for a trend.
    expect(findRetentionFindings(row(100, 0.1, 0.12, 0.2, null)).trend).toBe('unknown');
    // All equal: no best or worst.
    expect(findRetentionFindings(row(100, 0.2, 0.2))).toMatchObject({ best: null, ranking: null });
  });

  it('tells a best row only when the gap is wide and beyond chance', () => {
    // Under 3 points: about the same, however many customers.
    expect(findRetentionFindings(row(10_000, 0.2, 0.21)).ranking).toBe('small');
    // 10 of 30 against 5 of 30: z = 0.167 / √(0.25 · 0.75 · 2/30) = 1.49, within chance.
    expect(findRetentionFindings(row(30, 1 / 3, 1 / 6)).ranking).toBe('chance');
    // The same shares of 1,000 each: z = 8.6.
    expect(findRetentionFindings(row(1000, 0.333, 0.167)).ranking).toBe('clear');
  });
});
