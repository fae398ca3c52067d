import { describe, expect, it } from 'vitest';
import {
  breakDownByPeriod,
  mergeSmallPeriods,
  periodKey,
  periodStart,
} from '../../../src/engine/breakdowns/break-down-by-period.ts';

const sale = (customerId: number, date: string, amount: number) => ({ customerId, date: new Date(date), amount });

describe('breakDownByPeriod', () => {
  it('sums calendar months by hand, with an empty month as zeros and purchases outside the range left out', () => {
    const { periods, from, until } = breakDownByPeriod(
      [
        sale(4, '2025-12-31T23:59:59Z', 999), // before January: outside three months ending in March
        sale(1, '2026-01-05', 100),
        sale(2, '2026-01-20', 50),
        sale(1, '2026-03-31T23:59:00Z', 30), // the last minute of the last day still counts
        sale(3, '2026-04-01T00:00:00Z', 999), // after the last day
      ],
      { unit: 'month', count: 3, through: new Date('2026-03-31T08:00:00Z') },
    );
    expect(from.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(until.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(periods.map((period) => [period.key, period.start, period.end])).toEqual([
      ['2026-01', '2026-01-01', '2026-02-01'],
      ['2026-02', '2026-02-01', '2026-03-01'],
      ['2026-03', '2026-03-01', '2026-04-01'],
    ]);
    // January: 100 + 50 from customers 1 and 2 → 150 / 2 customers = 75 each.
    expect(periods[0]!.figures).toEqual({
      revenue: 150,
      orders: 2,
      customers: 2,
      revenuePerCustomer: 75,
      members: [1, 2],
    });
    expect(periods[1]!.figures).toEqual({ revenue: 0, orders: 0, customers: 0, revenuePerCustomer: 0, members: [] });
    expect(periods[2]!.figures).toEqual({ revenue: 30, orders: 1, customers: 1, revenuePerCustomer: 30, members: [1] });
  });

  it('sums ISO weeks (Monday to Sunday, UTC) across a year boundary', () => {
    const { periods } = breakDownByPeriod(
      [
        sale(1, '2025-12-28', 5), // Sunday of 2025-W52: before the two weeks
        sale(1, '2025-12-29', 40), // Monday of 2026-W01
        sale(2, '2026-01-04T23:00:00Z', 60), // Sunday of 2026-W01
        sale(2, '2026-01-06', 10),
        sale(3, '2026-01-08', 999), // after the last day (Wednesday 7th)
      ],
      { unit: 'week', count: 2, through: new Date('2026-01-07') },
    );
    expect(periods.map((period) => [period.key, period.start, period.end])).toEqual([
      ['2026-W01', '2025-12-29', '2026-01-05'],
      ['2026-W02', '2026-01-05', '2026-01-12'],
    ]);
    expect(periods[0]!.figures).toMatchObject({ revenue: 100, orders: 2, customers: 2, revenuePerCustomer: 50 });
    expect(periods[1]!.figures).toMatchObject({ revenue: 10, orders: 1, customers: 1, members: [2] });
  });

  it('numbers ISO weeks by the year of their Thursday', () => {
    expect(periodKey(new Date('2021-01-03'), 'week')).toBe('2020-W53'); // 2020 had 53 ISO weeks
    expect(periodKey(new Date('2024-12-30'), 'week')).toBe('2025-W01');
    expect(periodKey(new Date('2026-06-15'), 'week')).toBe('2026-W25');
    expect(periodStart(new Date('2026-06-21T22:00:00Z'), 'week').toISOString()).toBe('2026-06-15T00:00:00.000Z');
    expect(periodKey(new Date('2026-06-15'), 'month')).toBe('2026-06');
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => breakDownByPeriod([], { unit: 'month', count: 0, through: new Date('2026-01-01') })).toThrow(
      RangeError,
    );
  });
});

describe('mergeSmallPeriods', () => {
  const month = (key: string, customers: number[]) => ({
    key,
    start: `${key}-01`,
    end: `${key}-28`,
    figures: {
      revenue: customers.length * 10,
      orders: customers.length,
      customers: customers.length,
      revenuePerCustomer: customers.length > 0 ? 10 : 0,
      members: customers,
    },
  });
  const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

  it('merges each small period into its smaller neighbour until none is small, by hand', () => {
    const merged = mergeSmallPeriods(
      [
        month('2026-01', [1]), // small, first: into February
        month('2026-02', range(1, 5)), // customers 1–5 (1 again)
        month('2026-03', [9]), // small: April (6) is larger than February+January (5), so into February
        month('2026-04', range(10, 6)),
        month('2026-05', []), // empty: zeros describe no one, kept
        month('2026-06', [20, 21]), // small, last: into the empty May, then still small, into April
      ],
      5,
    );
    expect(merged.map((row) => [row.key, row.start, row.end, row.periods, row.figures.customers])).toEqual([
      ['2026-01', '2026-01-01', '2026-03-28', 3, 6], // customers 1–5 and 9; 1 counted once
      ['2026-04', '2026-04-01', '2026-06-28', 3, 8],
    ]);
    expect(merged[0]!.figures).toMatchObject({ revenue: 70, orders: 7 });
  });

  it('keeps empty periods and large ones as they are, and leaves a lone small row to the caller', () => {
    const periods = [month('2026-01', []), month('2026-02', range(1, 5)), month('2026-03', [])];
    expect(mergeSmallPeriods(periods, 5).map((row) => row.periods)).toEqual([1, 1, 1]);
    const tiny = mergeSmallPeriods([month('a', [1]), month('b', [2]), month('c', [3])], 5);
    expect(tiny.map((row) => [row.periods, row.figures.customers])).toEqual([[3, 3]]);
  });
});
