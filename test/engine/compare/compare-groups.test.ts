import { describe, expect, it } from 'vitest';
import { compareGroups, summarizeGroup, type CustomerActivity } from '../../../src/engine/compare/compare-groups.ts';

const customer = (
  orders: number,
  revenue: number,
  recencyDays: number | null,
  lifetimeValue: number | null,
  themes: number[],
): CustomerActivity => ({ orders, revenue, recencyDays, lifetimeValue, themes: new Set(themes) });

// Group A: 3 customers, 6 orders, 600 revenue; group B: 2 customers (one never bought), 1 order, 50.
const groupA = [customer(1, 100, 10, 200, [0]), customer(2, 200, 20, 400, [0, 1]), customer(3, 300, 30, null, [1])];
const groupB = [customer(1, 50, 90, 100, [1]), customer(0, 0, null, 50, [])];
const base = { customers: 10, revenue: 1000 };

describe('summarizeGroup', () => {
  it('matches sums and means computed by hand', () => {
    const summary = summarizeGroup(groupA, base);
    expect(summary.size).toBe(3);
    expect(summary.share).toBeCloseTo(0.3, 12);
    expect(summary.revenue).toBe(600);
    expect(summary.revenueShare).toBeCloseTo(0.6, 12);
    expect(summary.orders).toBe(6);
    expect(summary.meanOrderValue).toBeCloseTo(100, 12); // 600 / 6
    expect(summary.meanOrders).toBeCloseTo(2, 12); // 6 / 3
    expect(summary.revenuePerCustomer).toBeCloseTo(200, 12);
    expect(summary.meanRecencyDays).toBeCloseTo(20, 12); // (10 + 20 + 30) / 3
    expect(summary.meanLifetimeValue).toBeCloseTo(300, 12); // (200 + 400) / 2, the one without CLV left out
    // Theme 0: 2 of 3 posted; theme 1: 2 of 3; ties by theme id.
    expect(summary.themes).toEqual([
      { theme: 0, share: 2 / 3, posters: 2 },
      { theme: 1, share: 2 / 3, posters: 2 },
    ]);
  });

  it('leaves out recency of customers who never bought and has no order value without orders', () => {
    const b = summarizeGroup(groupB, base);
    expect(b.meanRecencyDays).toBe(90);
    expect(b.meanOrders).toBeCloseTo(0.5, 12);
    expect(summarizeGroup([customer(0, 0, null, null, [])], base).meanOrderValue).toBeNull();
    expect(summarizeGroup([], base).meanLifetimeValue).toBeNull();
  });
});

describe('compareGroups', () => {
  it('orders differences by distance from equal on a log scale and drops near-equal ones', () => {
    const a = summarizeGroup(groupA, base);
    const b = summarizeGroup(groupB, base);
    const { measures, differences, themes } = compareGroups(a, b, () => true);
    // Hand-computed ratios A / B: CLV 300 / 75 = 4; spend per customer 200 / 25 = 8; order value 100 / 50 = 2;
    // purchases 2 / 0.5 = 4; recency 20 / 90 = 0.222….
    expect(Object.fromEntries(measures.map((entry) => [entry.measure, entry.ratio]))).toEqual({
      lifetimeValue: 4,
      revenuePerCustomer: 8,
      orderValue: 2,
      orders: 4,
      recencyDays: 20 / 90,
    });
    // |log 8| > |log 0.222| (= log 4.5) > |log 4| = |log 4| > |log 2|.
    expect(differences.map((entry) => entry.measure)).toEqual([
      'revenuePerCustomer',
      'recencyDays',
      'lifetimeValue',
      'orders',
      'orderValue',
    ]);
    // Theme 0: 2/3 vs 0 (gap .667); theme 1: 2/3 vs 1/2 (gap .167).
    expect(themes.map((entry) => entry.theme)).toEqual([0, 1]);
    expect(themes[0]!.first - themes[0]!.second).toBeCloseTo(2 / 3, 12);
    // Themes the caller may not name are never in the list.
    expect(compareGroups(a, b, (theme) => theme !== 0).themes.map((entry) => entry.theme)).toEqual([1]);
    // A gap under the threshold and ratios under the minimum are no differences.
    const same = compareGroups(a, a, () => true);
    expect(same.differences).toEqual([]);
    expect(same.themes).toEqual([]);
    expect(compareGroups(a, b, () => true, { minimumThemeGap: 0.5 }).themes.map((entry) => entry.theme)).toEqual([0]);
  });
});
