import { describe, expect, it } from 'vitest';
import type { CampaignInput } from '../../../src/engine/roi/campaign-model-types.ts';
import { estimateCampaign } from '../../../src/engine/roi/estimate-campaign.ts';
import { planCampaignTest } from '../../../src/engine/roi/plan-campaign-test.ts';
import { presentRoi } from '../../../src/tools/estimate-roi/present.ts';
import { summarizeRoi } from '../../../src/tools/estimate-roi/model-summary.ts';
import type { SegmentCampaign } from '../../../src/tools/shared/campaign-model/estimate-segment-campaign.ts';

function campaign(segment: number, label: string, input: CampaignInput): SegmentCampaign {
  const estimate = estimateCampaign(input);
  return {
    segment,
    label,
    size: input.audienceSize,
    currency: 'JPY',
    averageOrderValue: input.averageOrderValue,
    estimate,
    testPlan: planCampaignTest(estimate, null),
    prediction: null,
  };
}

// Hand-computed, 1 000 customers each at ¥20 per contact, margin 40 %, base response 2 %:
// S2: 20 responders × ¥10 000 = ¥200 000 revenue, ¥80 000 margin, cost ¥20 000 → ROI +300 %.
// S1: 20 responders × ¥4 000 = ¥80 000 revenue, ¥32 000 margin → ROI +60 %.
const data = {
  runId: 3,
  dataset: 'shop',
  currency: 'JPY',
  estimates: [
    campaign(2, '高額購入の層（S2）', { audienceSize: 1_000, averageOrderValue: 10_000, defaultCostPerContact: 20 }),
    campaign(1, '少額購入の層（S1）', { audienceSize: 1_000, averageOrderValue: 4_000, defaultCostPerContact: 20 }),
  ],
  groups: [],
};

describe('estimate_roi over several segments', () => {
  it('gives each segment its own order value and never states one segment’s as everyone’s', () => {
    const ja = presentRoi(data, 'ja');
    expect(ja).toContain('• 高額購入の層（S2）: ROI +300%');
    expect(ja).toContain('増分粗利80,000円（増分売上200,000円）、1回の購入額は平均10,000円。');
    expect(ja).toContain('• 少額購入の層（S1）: ROI +60%');
    expect(ja).toContain('増分粗利32,000円（増分売上80,000円）、1回の購入額は平均4,000円。');
    expect(ja).toContain('1回の購入額は各層の平均（各行に記載）');
    expect(ja).not.toContain('1回の購入額はこの層の平均');
    const en = presentRoi(data, 'en');
    expect(en).toContain('¥10,000 per order on average');
    expect(en).toContain("an order is worth each segment's own average (on its line)");
    expect(summarizeRoi(data)).toMatch(/S1.*¥4,000 per order/u);
  });

  it('states the one segment’s order value when it is the only one', () => {
    const one = { ...data, estimates: [data.estimates[0]!] };
    const ja = presentRoi(one, 'ja');
    expect(ja).toContain('1回の購入額はこの層の平均10,000円');
    expect(ja).not.toContain('各行に記載');
  });
});
