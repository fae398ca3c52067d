import { describe, expect, it } from 'vitest';
import { buildCustomerFeatures } from '../../../src/engine/features/build-customer-features.ts';
import { behaviorMatrix } from '../../../src/engine/segments/behavior-matrix.ts';
import {
  bestCalinskiHarabaszK,
  calinskiHarabasz,
  totalSumOfSquares,
} from '../../../src/engine/segments/calinski-harabasz.ts';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe('behaviorMatrix', () => {
  it('computes repeat-purchase rate, mean order value and weighted recency by hand-checkable rules', () => {
    // As of 2026-12-31 (the day after the last purchase):
    // 1: purchases 2026-01-01 (364 days before), 2026-07-01, 2026-12-30 → rate (3 − 1) / (364/365) a year,
    //    order value 300 / 3 = 100, recency 1 day.
    // 2: one purchase 2026-12-01 of 40 → rate 0, order value 40, recency 30 days.
    // 3: purchases 2026-12-20 and 2026-12-25 (tenure 11 days, floored at 30) → rate 1 / (30/365), value 10, recency 6.
    const features = buildCustomerFeatures(
      [1, 2, 3],
      [],
      [
        { customerId: 1, date: day('2026-01-01'), amount: 50 },
        { customerId: 1, date: day('2026-07-01'), amount: 100 },
        { customerId: 1, date: day('2026-12-30'), amount: 150 },
        { customerId: 2, date: day('2026-12-01'), amount: 40 },
        { customerId: 3, date: day('2026-12-20'), amount: 5 },
        { customerId: 3, date: day('2026-12-25'), amount: 15 },
      ],
      0,
      { asOf: day('2026-12-31') },
    );
    const raw = [
      [Math.log1p(2 / (364 / 365)), Math.log1p(100), Math.log1p(1)],
      [0, Math.log1p(40), Math.log1p(30)],
      [Math.log1p(1 / (30 / 365)), Math.log1p(10), Math.log1p(6)],
    ];
    const zScores = (column: number): number[] => {
      const values = raw.map((row) => row[column]!);
      const mean = values.reduce((sum, value) => sum + value, 0) / 3;
      const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 3);
      return values.map((value) => (value - mean) / sd);
    };
    const expected = [zScores(0), zScores(1), zScores(2).map((value) => value * 0.3)];
    const { data, columns, names } = behaviorMatrix(features);
    expect(columns).toBe(3);
    expect(names).toEqual(['log1p(repeat_purchases_per_year)', 'log1p(mean_order_value)', 'log1p(recency_days)']);
    for (let row = 0; row < 3; row += 1)
      for (let column = 0; column < 3; column += 1)
        expect(data[row * 3 + column]).toBeCloseTo(expected[column]![row]!, 5);
  });

  it('gives a customer without purchases rate 0 and order value 0', () => {
    const features = buildCustomerFeatures([1, 2], [], [{ customerId: 1, date: day('2026-01-01'), amount: 10 }], 0, {
      asOf: day('2026-01-11'),
    });
    const { data } = behaviorMatrix(features, { recencyWeight: 1 });
    // Rates are 0 for both (one purchase / none): a constant column comes out as zeros.
    expect([data[0], data[3]]).toEqual([0, 0]);
    // Order values log1p(10) and 0 → z-scores +1 and −1; recency is the same (10 days) for both → 0.
    expect(data[1]).toBeCloseTo(1, 6);
    expect(data[4]).toBeCloseTo(-1, 6);
    expect([data[2], data[5]]).toEqual([0, 0]);
  });
});

describe('Calinski–Harabasz', () => {
  it('matches a hand computation', () => {
    // Rows 0, 2 | 10, 12 in one column: total SS = 4 × 6² − … = (−6)² + (−4)² + 4² + 6² = 104;
    // within = 1 + 1 + 1 + 1 = 4; between = 100; CH = (100 / 1) / (4 / 2) = 50.
    const data = Float32Array.from([0, 2, 10, 12]);
    expect(totalSumOfSquares(data, 4, 1)).toBeCloseTo(104, 10);
    expect(calinskiHarabasz(4, 104, 4, 2)).toBeCloseTo(50, 10);
    expect(calinskiHarabasz(4, 104, 4, 1)).toBeNaN();
    expect(calinskiHarabasz(0, 104, 4, 4)).toBeNaN();
  });

  it('picks the k with the highest index, the smaller on ties', () => {
    // n = 10, total 100: k=2 W=40 → 60/1/(40/8) = 12; k=3 W=20 → 40/(20/7) = 14; k=4 W=16 → 28/(16/6) = 10.5.
    const scores = [
      { k: 2, inertia: 40 },
      { k: 3, inertia: 20 },
      { k: 4, inertia: 16 },
    ];
    expect(bestCalinskiHarabaszK(scores, 100, 10)).toBe(3);
    expect(calinskiHarabasz(20, 100, 10, 3)).toBeCloseTo(14, 10);
    expect(bestCalinskiHarabaszK([], 100, 10)).toBeNull();
  });
});
