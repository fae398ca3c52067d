import { describe, expect, it } from 'vitest';
import { buildCustomerFeatures } from '../../../src/engine/features/build-customer-features.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('buildCustomerFeatures', () => {
  it('computes theme shares, posting rate and RFM by hand-checkable rules', () => {
    const features = buildCustomerFeatures(
      [1, 2],
      [
        { customerId: 1, theme: 0, postedAt: day('2026-01-01') },
        { customerId: 1, theme: 0, postedAt: day('2026-02-01') },
        { customerId: 1, theme: 1, postedAt: null },
        { customerId: 2, theme: 1, postedAt: day('2026-03-01') },
      ],
      [
        { customerId: 1, date: day('2026-01-10'), amount: 100 },
        { customerId: 1, date: day('2026-03-20'), amount: 50 },
        { customerId: 2, date: day('2026-03-31'), amount: 20 },
      ],
      2,
      { asOf: day('2026-04-01') },
    );
    expect(features.featureNames).toEqual([
      'theme_0_share',
      'theme_1_share',
      'photo_count',
      'photos_per_month',
      'recency_days',
      'frequency',
      'monetary',
    ]);
    const row = (index: number): number[] => Array.from(features.matrix.subarray(index * 7, index * 7 + 7));
    // Customer 1: 2 of 3 photos in theme 0; first post 90 days before as-of = 90 / 30.44 months.
    expect(row(0).slice(0, 3)).toEqual([2 / 3, 1 / 3, 3]);
    expect(row(0)[3]).toBeCloseTo(3 / (90 / 30.44), 10);
    expect(row(0).slice(4)).toEqual([12, 2, 150]);
    // Customer 2: one photo posted 31 days before as-of.
    expect(row(1)[3]).toBeCloseTo(1 / (31 / 30.44), 10);
    expect([...row(1).slice(0, 3), ...row(1).slice(4)]).toEqual([0, 1, 1, 1, 1, 20]);
    // Two customers: ranks 1 and 2 of 2 → quintile scores 3 and 5; recency reversed (6 − score).
    expect(features.rfm.map((rfm) => [rfm.recencyScore, rfm.frequencyScore, rfm.monetaryScore])).toEqual([
      [1, 5, 5],
      [3, 3, 3],
    ]);
    // Tenure: first purchase 2026-01-10 → 81 days before 2026-04-01; customer 2's only purchase, 1 day.
    expect(features.rfm.map((rfm) => rfm.tenureDays)).toEqual([81, 1]);
  });

  it('counts a posting span shorter than a month as one month', () => {
    const features = buildCustomerFeatures(
      [1],
      [{ customerId: 1, theme: 0, postedAt: day('2026-03-20') }],
      [{ customerId: 1, date: day('2026-03-20'), amount: 5 }],
      1,
      { asOf: day('2026-04-01') },
    );
    expect(features.matrix[2]).toBe(1);
  });

  it('gives customers without photos zero shares and without purchases the longest recency, with a warning', () => {
    const features = buildCustomerFeatures([1, 2], [], [{ customerId: 1, date: day('2026-01-01'), amount: 10 }], 1, {
      asOf: day('2026-01-11'),
    });
    expect(Array.from(features.matrix)).toEqual([0, 0, 0, 10, 1, 10, 0, 0, 0, 10, 0, 0]);
    expect(features.warnings[0]?.message).toMatch(/1 customer\(s\) have no purchase/);
    // Without purchases, tenure is the longest observed, like recency.
    expect(features.rfm.map((rfm) => rfm.tenureDays)).toEqual([10, 10]);
  });

  it('refuses an empty customer list with a fix', () => {
    expect(() => buildCustomerFeatures([], [], [], 0)).toThrow(/Import a customers file/);
  });
});
