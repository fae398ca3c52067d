import { describe, expect, it } from 'vitest';
import { parseCampaignCosts } from '../../../src/engine/roi/parse-campaign-costs.ts';

// Each row: the question and the numbers a person reads in it (hand-converted: 50万 = 500 000, 3万5千 = 35 000 …).
const cases: [string, Record<string, unknown>][] = [
  ['セグメント2にキャンペーンをやるべき？費用50万円', { totalCost: 500_000, currency: 'JPY' }],
  ['予算30万でできる施策は？', { budget: 300_000, currency: null }],
  ['What can we do with a 200,000 yen budget?', { budget: 200_000, currency: 'JPY' }],
  ['1人300円の特典でROIは？', { costPerContact: 300, currency: 'JPY' }],
  ['ROI if it costs $2 per contact', { costPerContact: 2, currency: 'USD' }],
  ['15%割引のクーポンを配ったら？', { discountRate: 0.15 }],
  ['１５％オフで、費用は５０万円', { discountRate: 0.15, totalCost: 500_000, currency: 'JPY' }],
  [
    '予算３０万円、１人あたり２００円でセグメント３に送ると？',
    { budget: 300_000, costPerContact: 200, currency: 'JPY' },
  ],
  ['Budget of $5k for segment 1, 20% off', { budget: 5_000, discountRate: 0.2, currency: 'USD' }],
  ['a $1.5 million budget across all segments', { budget: 1_500_000, currency: 'USD' }],
  ['粗利率30%で計算して', { grossMargin: 0.3 }],
  ['gross margin 35%, cost per contact of $0.50', { grossMargin: 0.35, costPerContact: 0.5, currency: 'USD' }],
  ['500円クーポンを配布', { incentivePerRedeemer: 500, currency: 'JPY' }],
  ['費用は3万5千円です', { totalCost: 35_000, currency: 'JPY' }],
  ['制作費10万円と1通50円', { fixedCost: 100_000, costPerContact: 50, currency: 'JPY' }],
  ['2割引なら？', { discountRate: 0.2 }],
  ['spend ¥500,000 on segment 4', { totalCost: 500_000, currency: 'JPY' }],
  ['予算は5千万円', { budget: 50_000_000, currency: 'JPY' }],
  ['予算1億2000万', { budget: 120_000_000 }],
  ['50万円でキャンペーンしたら儲かる？', { totalCost: 500_000, currency: 'JPY' }],
  ['予算300000で', { budget: 300_000 }],
  ['A/Bで測ったリフトは2%でした', { measuredLift: 0.02 }],
  ['we saw a 3 point lift; €2 per customer', { measuredLift: 0.03, costPerContact: 2, currency: 'EUR' }],
  ['the campaign costs 800k yen', { totalCost: 800_000, currency: 'JPY' }],
  ['1通あたりのコストは80円', { costPerContact: 80, currency: 'JPY' }],
  ['ROI for segment 2 with cost $3 each', { costPerContact: 3, currency: 'USD' }],
  ['1人あたり3.8ドル', { costPerContact: 3.8, currency: 'USD' }],
  ['セグメント１に予算５０万円で', { budget: 500_000, currency: 'JPY' }],
];

describe('parseCampaignCosts', () => {
  it.each(cases)('reads %s', (question, expected) => {
    const parsed = parseCampaignCosts(question);
    expect(parsed).toMatchObject(expected);
    // Nothing else is invented: every money field not expected stays undefined.
    for (const field of [
      'totalCost',
      'budget',
      'costPerContact',
      'incentivePerRedeemer',
      'fixedCost',
      'discountRate',
    ]) {
      if (!(field in expected)) expect(parsed[field as keyof typeof parsed], field).toBeUndefined();
    }
  });

  it.each([
    'セグメント2の特徴は？',
    'ROIが出る顧客層はどこ？',
    '上位3つのセグメントを12か月で比べて',
    'segment 3 for tomorrow’s meeting',
    '反応率30%の予測',
    '4つのセグメントに分けて',
    'top 10 customers by CLV over 12 months',
  ])('invents no money in %s', (question) => {
    const parsed = parseCampaignCosts(question);
    expect(parsed).toEqual({ currency: null });
  });
});
