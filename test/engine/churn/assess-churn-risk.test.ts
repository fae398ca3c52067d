import { describe, expect, it } from 'vitest';
import { assessChurnRisk } from '../../../src/engine/churn/assess-churn-risk.ts';
import { ChurnError } from '../../../src/engine/engine-errors.ts';

// Five customers, horizon 10 weeks, worked by hand:
//   past spends 100, 400, 500, 800, 50 → 0.6 quantile (numpy linear): sorted 50,100,400,500,800,
//   position 0.6·4 = 2.4 → 400 + 0.4·(500 − 400) = 440. Valuable: spend ≥ 440 and x ≥ 1 → #2, #3.
//   #2: x 4, T 20 → pace 4/20·10 = 2 purchases; expected 0.5 → ratio 0.25 < 0.5 → at risk;
//       drop (2 − 0.5)·60 = 90. #3: x 10, T 20 → pace 5; expected 3 → ratio 0.6 → not at risk.
//   #1 (400) is below 440; #4 has x 0 (one-time buyer); #0 is cheap.
const customers = [
  { summary: { frequency: 1, recency: 2, age: 20 }, pastSpend: 100, orderValue: 50, lifetimeValue: 20 },
  { summary: { frequency: 3, recency: 5, age: 20 }, pastSpend: 400, orderValue: 100, lifetimeValue: 40 },
  { summary: { frequency: 4, recency: 6, age: 20 }, pastSpend: 500, orderValue: 60, lifetimeValue: 70 },
  { summary: { frequency: 10, recency: 19, age: 20 }, pastSpend: 800, orderValue: 80, lifetimeValue: 900 },
  { summary: { frequency: 0, recency: 0, age: 20 }, pastSpend: 50, orderValue: 50, lifetimeValue: 5 },
];
const forecasts = [0.1, 0.2, 0.5, 3, 0.05].map((expectedPurchases) => ({
  expectedPurchases,
  probabilityAlive: 0.5,
  probabilityBuyAgain: 0.3,
}));

describe('assessChurnRisk', () => {
  it('flags valuable customers whose expected purchases fell below half their own pace', () => {
    const result = assessChurnRisk(customers, forecasts, 10);
    expect(result.valueThreshold).toBeCloseTo(440, 12);
    expect(result.verdicts.map((verdict) => verdict.valuable)).toEqual([false, false, true, true, false]);
    expect(result.verdicts.map((verdict) => verdict.atRisk)).toEqual([false, false, true, false, false]);
    expect(result.verdicts[2]!.pastPacePurchases).toBeCloseTo(2, 12);
    expect(result.verdicts[2]!.paceRatio).toBeCloseTo(0.25, 12);
    expect(result.verdicts[3]!.paceRatio).toBeCloseTo(0.6, 12);
    expect(result.verdicts[4]!.paceRatio).toBeNull();
    expect(result.revenueDropNextPeriod).toBeCloseTo(90, 10);
    expect(result.lifetimeValueAtRisk).toBe(70);
    expect([result.valuableCount, result.atRiskCount]).toEqual([2, 1]);
  });

  it('follows the stated rule when it is changed', () => {
    const result = assessChurnRisk(customers, forecasts, 10, { dropRatio: 0.7, valueQuantile: 0.2 });
    // 0.2 quantile: position 0.8 → 50 + 0.8·50 = 90, so #0 (pace 0.5, ratio 0.2) and #1 (pace 1.5, ratio
    // 0.13) become valuable and at risk, and #3's ratio 0.6 < 0.7 now counts; #4 still has no pace.
    expect(result.valueThreshold).toBeCloseTo(90, 12);
    expect(result.verdicts.map((verdict) => verdict.atRisk)).toEqual([true, true, true, true, false]);
  });

  it('refuses mismatched inputs and meaningless options with the fix', () => {
    expect(() => assessChurnRisk(customers, forecasts.slice(1), 10)).toThrow(/one forecast per customer/);
    expect(() => assessChurnRisk(customers, forecasts, 10, { dropRatio: 2 })).toThrow(ChurnError);
    expect(() => assessChurnRisk([], [], 10)).toThrow(/at least one customer/);
    expect(() => assessChurnRisk(customers, forecasts, 0)).toThrow(/horizon/);
  });
});
