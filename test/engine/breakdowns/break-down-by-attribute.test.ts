import { describe, expect, it } from 'vitest';
import { breakDownByAttribute, chooseBandWidth } from '../../../src/engine/breakdowns/break-down-by-attribute.ts';
import { SalesAccumulator } from '../../../src/engine/breakdowns/sales-figures.ts';
import { withholdSmallGroups } from '../../../src/engine/breakdowns/withhold-small-groups.ts';

const sale = (customerId: number, amount: number, date = '2026-05-01') => ({
  customerId,
  amount,
  date: new Date(date),
});

describe('breakDownByAttribute', () => {
  it('groups text values (trimmed) and blanks, by hand', () => {
    const { groups, bandWidth } = breakDownByAttribute(
      [
        { customerId: 1, value: '東京' },
        { customerId: 2, value: '大阪' },
        { customerId: 3, value: '東京' },
        { customerId: 4, value: null },
        { customerId: 5, value: ' 東京 ' }, // never bought: not a member
      ],
      [sale(1, 100), sale(1, 50), sale(2, 30), sale(3, 20), sale(4, 10), sale(9, 1000)], // 9: no such customer
    );
    expect(bandWidth).toBeNull();
    expect(groups.map((group) => [group.key, group.figures])).toEqual([
      ['大阪', { revenue: 30, orders: 1, customers: 1, revenuePerCustomer: 30, members: [2] }],
      // 東京: 100 + 50 + 20 from customers 1 and 3 → 170 / 2 = 85.
      ['東京', { revenue: 170, orders: 3, customers: 2, revenuePerCustomer: 85, members: [1, 3] }],
      [null, { revenue: 10, orders: 1, customers: 1, revenuePerCustomer: 10, members: [4] }],
    ]);
  });

  it('cuts a many-valued numeric column into the narrowest 1-2-5 bands giving at most 8', () => {
    const ages = [23, 29, 30, 41, 45, 58, 61, 67, 69];
    const { groups, bandWidth } = breakDownByAttribute(
      ages.map((age, index) => ({ customerId: index + 1, value: age })),
      ages.map((age, index) => sale(index + 1, age)), // each spends their age
    );
    // Width 5 gives 13 − 4 + 1 = 10 bands; 10 gives 6 − 2 + 1 = 5.
    expect(bandWidth).toBe(10);
    expect(groups.map((group) => [group.band, group.figures.revenue, group.figures.customers])).toEqual([
      [{ lower: 20, upper: 30 }, 52, 2],
      [{ lower: 30, upper: 40 }, 30, 1],
      [{ lower: 40, upper: 50 }, 86, 2],
      [{ lower: 50, upper: 60 }, 58, 1],
      [{ lower: 60, upper: 70 }, 197, 3],
    ]);
  });

  it('keeps a numeric column with few values (plan codes) as categories, and counts only the date range', () => {
    const { groups, bandWidth } = breakDownByAttribute(
      [
        { customerId: 1, value: 1 },
        { customerId: 2, value: 2 },
        { customerId: 3, value: 2 },
      ],
      [sale(1, 10, '2026-01-01'), sale(2, 20, '2026-02-01'), sale(3, 40, '2026-03-01')],
      { from: new Date('2026-01-15'), until: new Date('2026-03-01') },
    );
    expect(bandWidth).toBeNull();
    expect(groups.map((group) => [group.key, group.figures.revenue, group.figures.members])).toEqual([
      ['1', 0, []],
      ['2', 20, [2]],
    ]);
  });

  it('keeps a text column of digits (zip codes) as text, never banded', () => {
    const codes = ['001', '002', '003', '004', '005', '006', '007', '008', '009'];
    const { groups, bandWidth } = breakDownByAttribute(
      codes.map((code, index) => ({ customerId: index, value: code })),
      [],
    );
    expect(bandWidth).toBeNull();
    expect(groups.map((group) => group.key)).toEqual(codes);
  });

  it('chooses band widths by hand', () => {
    expect(chooseBandWidth([0, 1000], 8)).toBe(200); // 100 gives 11 bands, 200 gives 6
    expect(chooseBandWidth([3, 9], 8)).toBe(1);
    expect(chooseBandWidth([18, 80], 8)).toBe(10);
  });
});

describe('withholdSmallGroups', () => {
  const group = (name: string, customers: number, first: number) => {
    const sum = new SalesAccumulator();
    for (let index = 0; index < customers; index += 1)
      sum.add({ customerId: first + index, amount: 10, date: new Date() });
    return { name, figures: sum.figures() };
  };
  const groups = [group('A', 25, 0), group('B', 3, 100), group('C', 4, 200), group('D', 0, 300)];
  const figuresOf = (entry: (typeof groups)[number]) => entry.figures;

  it('pools the small groups into one when together they reach the minimum', () => {
    const split = withholdSmallGroups(groups, figuresOf, { minimum: 5, pool: true });
    expect(split.shown.map((entry) => entry.name)).toEqual(['A', 'D']);
    expect(split.other?.groups.map((entry) => entry.name)).toEqual(['B', 'C']);
    expect(split.other?.figures).toMatchObject({ revenue: 70, orders: 7, customers: 7, revenuePerCustomer: 10 });
    expect(split.withheld).toEqual([]);
  });

  it('withholds them when pooled they are still too few, or when pooling is off', () => {
    const tooFew = withholdSmallGroups(groups, figuresOf, { minimum: 10, pool: true });
    expect(tooFew.other).toBeNull();
    expect(tooFew.withheld.map((entry) => entry.name)).toEqual(['B', 'C']);
    expect(withholdSmallGroups(groups, figuresOf, { minimum: 5, pool: false }).withheld).toHaveLength(2);
  });
});
