import { describe, expect, it } from 'vitest';
import { isNearPeriodBuyers } from '../../../src/engine/cohorts/near-period-buyers.ts';

const buy = (customerId: number, day: string) => ({ customerId, date: new Date(`${day}T00:00:00Z`) });
const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe('isNearPeriodBuyers', () => {
  // 30 first buyers in January; February: 30 first buyers and 3 of January's back.
  const purchases = [
    ...range(1, 30).map((id) => buy(id, '2026-01-10')),
    ...range(101, 30).map((id) => buy(id, '2026-02-10')),
    ...range(1, 3).map((id) => buy(id, '2026-02-20')),
  ];

  it('finds a row a few customers from the buyers of its month (the returning ones)', () => {
    // February's 30 first buyers against February's 33 buyers: 3 apart.
    expect(isNearPeriodBuyers([{ months: ['2026-02'], members: range(101, 30) }], purchases, 5)).toBe(true);
    // Below the difference of 3 the rule does not bite; January's row equals January's buyers.
    expect(isNearPeriodBuyers([{ months: ['2026-02'], members: range(101, 30) }], purchases, 3)).toBe(false);
    expect(isNearPeriodBuyers([{ months: ['2026-01'], members: range(1, 30) }], purchases, 20)).toBe(false);
  });

  it('compares a two-month row with each month alone and with its whole span', () => {
    const both = [{ months: ['2026-01', '2026-02'], members: [...range(1, 30), ...range(101, 30)] }];
    // Span: the same 60 customers; January alone: 30 apart; February alone: 27 apart.
    expect(isNearPeriodBuyers(both, purchases, 20)).toBe(false);
    expect(isNearPeriodBuyers(both, purchases, 28)).toBe(true);
  });
});
