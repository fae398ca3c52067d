import { describe, expect, it } from 'vitest';
import type { ChurnRiskData } from '../../src/tools/churn-risk/assess-churn-risk-tool.ts';
import { presentChurnRisk, summarizeChurnRisk } from '../../src/tools/churn-risk/churn-risk-views.ts';
import { findChurnColumn } from '../../src/tools/churn-risk/find-churn-column.ts';

const base: ChurnRiskData = {
  dataset: 'shop',
  runId: 4,
  segment: null,
  segmentName: null,
  currency: 'JPY',
  minimumGroupSize: 20,
  customers: 1000,
  withoutPurchases: 3,
  periodMonths: 3,
  rule: { valueQuantile: 0.6, dropRatio: 0.5, valueThreshold: 19_434 },
  valuable: 400,
  atRisk: 60,
  describable: true,
  lifetimeValueAtRisk: 1_234_567,
  revenueDropNextPeriod: 456_789,
  buyAgain: { atRisk: 0.21, otherValuable: 0.78 },
  segments: [{ segment: 2, label: 'S2 · 犬', valuable: 100, atRisk: 40, lifetimeValueAtRisk: 800_000 }],
  withheldSegments: 2,
  drivers: [{ measure: 'daysSinceLastPurchase', atRisk: 85, otherValuable: 21, difference: 1.9 }],
  churnColumn: null,
  groups: [],
};

describe('churn risk views', () => {
  it('states the rule, the count, the money in the dataset currency and what to do, in Japanese', () => {
    const text = presentChurnRisk(base, 'ja');
    expect(text).toContain('解約リスクのある優良顧客は 60人です（優良顧客 400人中）。');
    expect(text).toContain('上位40%（19,434円以上）');
    expect(text).toContain('合計 1,234,567円');
    expect(text).toContain('S2 · 犬: 40人（この層の優良顧客の40%）');
    expect(text).toContain('ほか2セグメントは20人未満のため省略');
    expect(text).toContain('最後の購入からの日数 85日（ほか 21日）');
    expect(text).toContain('「セグメント2に10%割引を出したらROIは？」');
    expect(text).not.toMatch(/recency_days|daysSinceLastPurchase/);
  });

  it('gives the model the same figures in English and says when the group is too small to describe', () => {
    expect(summarizeChurnRisk(base)).toContain(
      '60 of 400 valuable customers are at risk. Their 12-month CLV totals ¥1,234,567',
    );
    const small: ChurnRiskData = {
      ...base,
      atRisk: 12,
      describable: false,
      lifetimeValueAtRisk: null,
      revenueDropNextPeriod: null,
      buyAgain: { atRisk: null, otherValuable: 0.78 },
      segments: [],
      withheldSegments: 0,
      drivers: [],
    };
    expect(summarizeChurnRisk(small)).toContain(
      'Fewer than 20 customers are at risk, so their value, segments and drivers are withheld (privacy rule).',
    );
    expect(presentChurnRisk(small, 'en')).toContain('Fewer than 20 people, so their value, breakdown and profile');
    for (const text of [summarizeChurnRisk(small), presentChurnRisk(small, 'ja'), presentChurnRisk(small, 'en')])
      expect(text).not.toMatch(/CLV totals|合計|1,234,567|456,789|21%/u);
  });
});

describe('findChurnColumn', () => {
  it('finds a 0/1 column named like churn, in English or Japanese, and ignores other columns', () => {
    expect(
      findChurnColumn([
        { churned: 1, responded: 0 },
        { churned: 0, responded: 1 },
      ]),
    ).toBe('churned');
    expect(findChurnColumn([{ 'Is Churned': 'yes' }, { 'Is Churned': 'no' }])).toBe('Is Churned');
    expect(findChurnColumn([{ 解約フラグ: 1 }, { 解約フラグ: null }])).toBe('解約フラグ');
    expect(findChurnColumn([{ churn_reason: 'price' }])).toBeNull();
    expect(findChurnColumn([{ churned: 'maybe' }, { churned: 1 }])).toBeNull();
    expect(findChurnColumn([{ responded: 1 }])).toBeNull();
  });
});
