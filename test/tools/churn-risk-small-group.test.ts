import { describe, expect, it } from 'vitest';
import type { CustomerOutlook, CustomerOutlooks } from '../../src/data/analysis/load-customer-outlook.ts';
import { buildChurnRiskResult } from '../../src/tools/churn-risk/build-churn-risk-result.ts';

/** A repeat buyer with a planted CLV; `drifting` ones expect far fewer purchases than their past pace. */
function customer(index: number, drifting: boolean, lifetimeValue: number): CustomerOutlook {
  return {
    customerId: index + 1,
    segment: 0,
    summary: { frequency: 4, recency: 40, age: 52, monetaryValue: 5000 },
    forecast: {
      expectedPurchases: drifting ? 0.05 : 1,
      probabilityAlive: drifting ? 0.1 : 0.9,
      probabilityBuyAgain: drifting ? 0.04 : 0.6,
    },
    orderValue: 5000,
    // Drifting customers spent the most, so they count as valuable (top 40 % of past spend).
    pastSpend: (drifting ? 120_000 : 20_000) + index,
    purchases: 5,
    daysSinceLastPurchase: drifting ? 200 : 20,
    photos: 0,
    lifetimeValue,
    attributes: { churned: drifting ? 1 : 0 },
  };
}

function outlooks(customers: CustomerOutlook[]): CustomerOutlooks {
  return {
    customers,
    withoutPurchases: 0,
    horizonWeeks: 13,
    asOf: new Date('2026-01-01'),
    purchaseModel: null as never,
    spendModel: null as never,
    pastRevenue: [],
  };
}

const options = { periodMonths: 3, minimumGroupSize: 20, segment: null, segmentLabel: () => 'S0' };

describe('churn risk of a group below the minimum size (attacker: one drifting customer)', () => {
  it('tells how many, but never their CLV, spend drop, buy-again chance or churn-column rate', () => {
    const planted = 987_654;
    const base = [customer(0, true, planted), ...Array.from({ length: 59 }, (_, i) => customer(i + 1, false, 10_000))];
    const result = buildChurnRiskResult(outlooks(base), options);
    expect(result.atRisk).toBe(1);
    expect(result.describable).toBe(false);
    // Without the rule the "total" would be the planted customer's own CLV.
    expect(result.lifetimeValueAtRisk).toBeNull();
    expect(result.revenueDropNextPeriod).toBeNull();
    expect(result.buyAgain.atRisk).toBeNull();
    expect(result.churnColumn?.rateAtRisk).toBeNull();
    expect(JSON.stringify(result)).not.toContain(String(planted));
  });

  it('describes the group once it reaches the minimum size, with the sum computed by hand', () => {
    const base = [
      ...Array.from({ length: 20 }, (_, i) => customer(i, true, 1_000 + i)),
      ...Array.from({ length: 40 }, (_, i) => customer(i + 20, false, 10_000)),
    ];
    const result = buildChurnRiskResult(outlooks(base), options);
    expect(result.atRisk).toBe(20);
    expect(result.lifetimeValueAtRisk).toBe(20 * 1_000 + (19 * 20) / 2);
    expect(result.buyAgain.atRisk).toBeCloseTo(0.04, 12);
    expect(result.churnColumn?.rateAtRisk).toBe(1);
  });
});
