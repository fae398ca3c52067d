import { describe, expect, it } from 'vitest';
import { estimateCampaign } from '../../../src/engine/roi/estimate-campaign.ts';
import type { CampaignInput } from '../../../src/engine/roi/campaign-model-types.ts';
import { planCampaignTest } from '../../../src/engine/roi/plan-campaign-test.ts';
import type { SegmentCampaign } from '../../../src/tools/shared/campaign-model/estimate-segment-campaign.ts';
import { meetingPhrasing } from '../../../src/tools/shared/campaign-model/meeting-phrasing.ts';

function campaign(label: string, input: CampaignInput, currency = 'JPY'): SegmentCampaign {
  const estimate = estimateCampaign(input);
  return {
    segment: 1,
    label,
    size: input.audienceSize,
    currency,
    averageOrderValue: input.averageOrderValue,
    estimate,
    testPlan: planCampaignTest(estimate, null),
    prediction: null,
  };
}

// Per contact margin at 1/2/4 %: ¥40 / ¥80 / ¥160 (order ¥10 000, margin 40 %).
const positive = campaign('高頻度・高単価の層（S1）', {
  audienceSize: 20_000,
  averageOrderValue: 10_000,
  defaultCostPerContact: 20,
});
const uncertain = campaign('休眠ぎみの層（S2）', {
  audienceSize: 20_000,
  averageOrderValue: 10_000,
  defaultCostPerContact: 50,
});
const negative = campaign('低単価の層（S3）', {
  audienceSize: 1_000,
  averageOrderValue: 5_000,
  defaultCostPerContact: 50,
  costs: { totalCost: 500_000 },
});
const small = campaign('犬の写真が多い層（S4）', {
  audienceSize: 300,
  averageOrderValue: 10_000,
  defaultCostPerContact: 20,
});

describe('meetingPhrasing', () => {
  it('writes 3–5 sentences that carry this campaign’s own ROI, cost and margin', () => {
    for (const entry of [positive, uncertain, negative, small]) {
      const sentences = meetingPhrasing(entry, '継続購入の維持', 'ja');
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(sentences.length).toBeLessThanOrEqual(5);
      const roi = Math.round(entry.estimate.base.roi * 100);
      expect(sentences[0]).toContain(`ROIは${roi > 0 ? '+' : ''}${roi.toLocaleString('en-US')}%`);
      expect(sentences[0]).toContain(entry.label);
    }
    // Hand check, negative case: 20 × ¥2 000 = ¥40 000 margin for ¥500 000 → −92 %, break-even 25 %.
    const text = meetingPhrasing(negative, '継続購入の維持', 'ja').join('');
    expect(text).toContain('ROIは-92%');
    expect(text).toContain('費用500,000円に対して増分粗利は40,000円');
    expect(text).toContain('増分反応率25%が必要');
    expect(text).toContain('費用を40,000円以下に');
  });

  it('reads positive, uncertain, negative and too-small cases differently and never promises a PoC on a loss', () => {
    const texts = [positive, uncertain, negative, small].map((entry) => meetingPhrasing(entry, 'x', 'ja').join(''));
    expect(new Set(texts).size).toBe(4);
    expect(texts[0]).toContain('低めの1.0%でもROIは+100%で黒字');
    expect(texts[0]).toMatch(/A\/Bテスト/);
    expect(texts[1]).toMatch(/下回ると赤字/);
    expect(texts[2]).toMatch(/回収できず/);
    expect(texts[2]).not.toMatch(/PoC|A\/Bテスト（対照群との比較）で上乗せ効果を確かめ/);
    expect(texts[3]).toMatch(/300人では.*A\/Bテストができない/);
    for (const text of texts) expect(text).not.toMatch(/PoC/);
  });

  it('writes English with the dataset currency', () => {
    const english = meetingPhrasing(
      campaign(
        'frequent big spenders (S1)',
        { audienceSize: 1_000, averageOrderValue: 50, defaultCostPerContact: 0.5 },
        'USD',
      ),
      'keep frequent buyers buying',
      'en',
    );
    // 20 responders × $50 × 40 % = $400 margin for $500 → ROI −20 %.
    expect(english[0]).toBe(
      'Running a campaign to keep frequent buyers buying for the 1,000 customers in frequent big spenders (S1) gives an ROI of -20% in the base case: $400 extra margin for $500.',
    );
    expect(english.join(' ')).not.toMatch(/[ぁ-んァ-ン一-龯]/u);
  });
});
