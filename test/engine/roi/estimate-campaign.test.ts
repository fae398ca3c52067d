import { describe, expect, it } from 'vitest';
import { defaultCampaignAssumptions, estimateCampaign } from '../../../src/engine/roi/estimate-campaign.ts';
import { RoiInputError } from '../../../src/engine/engine-errors.ts';

// Every expected number below is computed by hand in the comment above it.
describe('estimateCampaign', () => {
  it('uses a given total cost (「費用50万円」) with the default 1/2/4 % incremental response and 40 % margin', () => {
    // 1 000 customers, order ¥5 000, margin 40 % → ¥2 000 per incremental responder.
    // base 2 %: 20 responders → revenue 100 000, margin 40 000; cost 500 000; ROI = −460 000 / 500 000 = −0.92.
    // low 1 %: margin 20 000 → −0.96; high 4 %: margin 80 000 → −0.84. Break-even 500 000 / (1 000 × 2 000) = 25 %.
    const estimate = estimateCampaign({
      audienceSize: 1_000,
      averageOrderValue: 5_000,
      defaultCostPerContact: 50,
      costs: { totalCost: 500_000 },
    });
    expect(estimate.base.incrementalResponders).toBeCloseTo(20, 9);
    expect(estimate.base.incrementalRevenue).toBeCloseTo(100_000, 6);
    expect(estimate.base.incrementalMargin).toBeCloseTo(40_000, 6);
    expect(estimate.base.cost).toBe(500_000);
    expect(estimate.base.roi).toBeCloseTo(-0.92, 12);
    expect(estimate.low.roi).toBeCloseTo(-0.96, 12);
    expect(estimate.high.roi).toBeCloseTo(-0.84, 12);
    expect(estimate.breakEvenResponse).toBeCloseTo(0.25, 12);
    expect(estimate.marginPerResponder).toBe(2_000);
    expect(estimate.outlook).toBe('negative');
    expect(estimate.targeting).toMatchObject({ kind: 'everyone', contacts: 1_000 });
    const keys = estimate.assumptions.map((entry) => [entry.key, entry.source]);
    expect(keys).toContainEqual(['incrementalResponse', 'default']);
    expect(keys).toContainEqual(['grossMargin', 'default']);
    expect(keys).toContainEqual(['totalCost', 'given']);
    expect(keys.some(([key]) => key === 'costPerContact')).toBe(false);
  });

  it('pays discounts to every redeemer, including those who would have bought anyway', () => {
    // 2 000 contacts × ¥30 = 60 000. Discount 15 % of ¥8 000 = 1 200 per redeemer. Baseline 10 %.
    // base lift 5 %: 100 incremental → revenue 800 000, margin (30 %) 240 000; redeemers 2 000 × 15 % = 300 → 360 000.
    // cost 420 000; ROI = (240 000 − 420 000) / 420 000 = −3/7.
    // Break-even: (60 000 + 2 000 × 0.1 × 1 200) / (2 000 × (2 400 − 1 200)) = 300 000 / 2 400 000 = 12.5 %.
    const estimate = estimateCampaign({
      audienceSize: 2_000,
      averageOrderValue: 8_000,
      defaultCostPerContact: 999,
      grossMargin: 0.3,
      baselineRate: 0.1,
      response: { kind: 'measured', lift: 0.05, lower: 0.02, upper: 0.08 },
      costs: { costPerContact: 30, discountRate: 0.15 },
    });
    expect(estimate.base.cost).toBeCloseTo(420_000, 6);
    expect(estimate.base.roi).toBeCloseTo(-3 / 7, 12);
    expect(estimate.breakEvenResponse).toBeCloseTo(0.125, 12);
    // low 2 %: 40 incremental → margin 96 000; redeemers 240 → 288 000; cost 348 000.
    expect(estimate.low.roi).toBeCloseTo((96_000 - 348_000) / 348_000, 12);
    const response = estimate.assumptions.find((entry) => entry.key === 'incrementalResponse');
    expect(response).toEqual({
      key: 'incrementalResponse',
      value: { low: 0.02, base: 0.05, high: 0.08 },
      source: 'measured',
    });
  });

  it('caps contacts at what a budget pays for and takes the top of the ranking', () => {
    // Budget 300 000 at 200 per contact → 1 500 of 10 000. Ranking of 10: top 15 % = 2 → mean (0.9 + 0.8) / 2.
    // base: 30 responders × ¥10 000 × 40 % = 120 000 against 300 000 → ROI −0.6; break-even 300 000 / (1 500 × 4 000) = 5 %.
    const estimate = estimateCampaign({
      audienceSize: 10_000,
      averageOrderValue: 10_000,
      defaultCostPerContact: 50,
      costs: { budget: 300_000, costPerContact: 200 },
      ranking: [0.1, 0.9, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6, 0.5, 0],
    });
    expect(estimate.targeting).toMatchObject({ kind: 'top-ranked', audienceSize: 10_000, contacts: 1_500 });
    expect(estimate.targeting.contactedMeanScore).toBeCloseTo(0.85, 12);
    expect(estimate.targeting.audienceMeanScore).toBeCloseTo(0.45, 12);
    expect(estimate.base.cost).toBe(300_000);
    expect(estimate.base.roi).toBeCloseTo(-0.6, 12);
    expect(estimate.breakEvenResponse).toBeCloseTo(0.05, 12);
  });

  it('spends a budget given alone (「予算30万」) like a total cost', () => {
    // 500 × 2 % = 10 responders × ¥20 000 × 40 % = 80 000 against 300 000 → ROI −220 000 / 300 000.
    const estimate = estimateCampaign({
      audienceSize: 500,
      averageOrderValue: 20_000,
      defaultCostPerContact: 50,
      costs: { budget: 300_000 },
    });
    expect(estimate.base.cost).toBe(300_000);
    expect(estimate.base.roi).toBeCloseTo(-220_000 / 300_000, 12);
    expect(estimate.targeting.contacts).toBe(500);
  });

  it('reads uncertain when only the base case pays back, with the default contact cost', () => {
    // Per contact margin: low 0.01 × 4 000 = 40, base 80, high 160 against 50 → ROI −0.2 / 0.6 / 2.2; break-even 50 / 4 000.
    const estimate = estimateCampaign({ audienceSize: 300, averageOrderValue: 10_000, defaultCostPerContact: 50 });
    expect(estimate.low.roi).toBeCloseTo(-0.2, 12);
    expect(estimate.base.roi).toBeCloseTo(0.6, 12);
    expect(estimate.high.roi).toBeCloseTo(2.2, 12);
    expect(estimate.breakEvenResponse).toBeCloseTo(0.0125, 12);
    expect(estimate.outlook).toBe('uncertain');
    expect(estimate.assumptions).toContainEqual({ key: 'costPerContact', value: 50, source: 'default' });
    expect(estimate.highRoiReason).toBeNull();
  });

  it('adds a fixed cost to per-contact costs', () => {
    // 100 × 10 + 5 000 = 6 000; 10 % of 100 = 10 responders × ¥1 000 × 50 % = 5 000 → ROI −1/6; break-even 6 000 / 50 000.
    const estimate = estimateCampaign({
      audienceSize: 100,
      averageOrderValue: 1_000,
      defaultCostPerContact: 0,
      grossMargin: 0.5,
      response: { kind: 'assumed', low: 0.1, base: 0.1, high: 0.1 },
      costs: { costPerContact: 10, fixedCost: 5_000 },
    });
    expect(estimate.base.cost).toBe(6_000);
    expect(estimate.base.roi).toBeCloseTo(-1 / 6, 12);
    expect(estimate.breakEvenResponse).toBeCloseTo(0.12, 12);
    expect(estimate.outlook).toBe('negative');
  });

  it('names the input behind an ROI above 1,000 %', () => {
    // ¥1 per contact against 0.02 × 4 000 = 80 margin per contact → ROI 79 (7 900 %), driven by the cost.
    const estimate = estimateCampaign({
      audienceSize: 1_000,
      averageOrderValue: 10_000,
      defaultCostPerContact: 50,
      costs: { costPerContact: 1 },
    });
    expect(estimate.base.roi).toBeCloseTo(79, 9);
    expect(estimate.highRoiReason).toMatchObject({
      marginPerContact: 80,
      costPerContact: 1,
      driver: { key: 'costPerContact', value: 1, source: 'given' },
    });
    expect(defaultCampaignAssumptions.implausibleRoi).toBe(10);
  });

  it('has no break-even when a responder is worth no more than the discount', () => {
    // margin per order 40 % of 1 000 = 400 ≤ discount 50 % of 1 000 = 500.
    const estimate = estimateCampaign({
      audienceSize: 100,
      averageOrderValue: 1_000,
      defaultCostPerContact: 1,
      costs: { discountRate: 0.5 },
    });
    expect(estimate.breakEvenResponse).toBeNull();
    expect(estimate.base.roi).toBeLessThan(0);
  });

  it('rejects costs that make no sense with a message naming the field', () => {
    const base = { audienceSize: 100, averageOrderValue: 1_000, defaultCostPerContact: 10 };
    expect(() => estimateCampaign({ ...base, costs: { costPerContact: -5 } })).toThrow(/costPerContact is -5/);
    expect(() => estimateCampaign({ ...base, costs: { discountRate: 1.5 } })).toThrow(RoiInputError);
    expect(() => estimateCampaign({ ...base, defaultCostPerContact: 0 })).toThrow(
      expect.objectContaining({ code: 'ROI_UNDEFINED_ZERO_COST' }),
    );
    expect(() =>
      estimateCampaign({ ...base, response: { kind: 'assumed', low: 0.05, base: 0.02, high: 0.08 } }),
    ).toThrow(/low ≤ base ≤ high/);
    expect(() => estimateCampaign({ ...base, audienceSize: 2.5 })).toThrow(/audienceSize/);
  });

  it('accepts a negative measured lift: the campaign loses customers', () => {
    // lift −1 %: −1 incremental responder × 1 000 × 40 % = −400 margin; cost 100 × 10 = 1 000 → ROI −1.4.
    const estimate = estimateCampaign({
      audienceSize: 100,
      averageOrderValue: 1_000,
      defaultCostPerContact: 10,
      response: { kind: 'measured', lift: -0.01 },
    });
    expect(estimate.base.roi).toBeCloseTo(-1.4, 12);
  });
});

describe('planCampaignTest', () => {
  it('sizes the test for control → control + base lift and says whether it fits', async () => {
    const { planCampaignTest } = await import('../../../src/engine/roi/plan-campaign-test.ts');
    // 10 % → 12 % at α 0.05, power 0.8 (pooled): the textbook 3 841 per arm.
    const big = estimateCampaign({
      audienceSize: 10_000,
      averageOrderValue: 1_000,
      defaultCostPerContact: 5,
      response: { kind: 'assumed', low: 0.02, base: 0.02, high: 0.02 },
    });
    const plan = planCampaignTest(big, 0.1);
    expect(plan.sampleSize?.perArm).toBe(3_841);
    expect(plan.fits).toBe(true);
    // 5 % → 7 % needs about 2 200 per arm: more than 3 000 customers hold.
    const small = estimateCampaign({ audienceSize: 3_000, averageOrderValue: 1_000, defaultCostPerContact: 5 });
    const smallPlan = planCampaignTest(small, null);
    expect(smallPlan.baselineKnown).toBe(false);
    expect(smallPlan.baselineRate).toBe(0.05);
    expect(smallPlan.fits).toBe(false);
  });
});
