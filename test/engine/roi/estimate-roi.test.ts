import { describe, expect, it } from 'vitest';
import { estimateRoi, type RoiInput } from '../../../src/engine/roi/estimate-roi.ts';
import { RoiInputError } from '../../../src/engine/engine-errors.ts';

// Hand-computed: 10 000 customers × 0.8 contact rate = 8 000 contacts; cost = 8 000 × 0.5 + 1 000 = 5 000.
// Value per incremental responder = 120 CLV × 0.5 margin = 60. Baseline 1 %.
//  low  2 %: incremental responders 8 000 × 0.01 =  80 → revenue  4 800, net  −200, ROI −0.04, responders 160
//  base 3 %: incremental responders 8 000 × 0.02 = 160 → revenue  9 600, net 4 600, ROI  0.92, responders 240
//  high 5 %: incremental responders 8 000 × 0.04 = 320 → revenue 19 200, net 14 200, ROI 2.84, responders 400
//  break-even rate = 0.01 + 5 000 / (8 000 × 60) = 0.0204166…
const campaign: RoiInput = {
  segmentSize: 10_000,
  contactRate: 0.8,
  responseRate: { low: 0.02, base: 0.03, high: 0.05 },
  baselineResponseRate: 0.01,
  valuePerResponder: 120,
  valueSource: 'customer-lifetime-value',
  grossMargin: 0.5,
  costPerContact: 0.5,
  fixedCost: 1_000,
};

describe('estimateRoi', () => {
  it('computes reach, responders, revenue, cost and ROI for low/base/high', () => {
    const estimate = estimateRoi(campaign);
    expect(estimate.reach).toBe(10_000);
    expect(estimate.contacts).toBe(8_000);
    const expected = {
      low: {
        expectedResponders: 160,
        incrementalResponders: 80,
        incrementalRevenue: 4_800,
        cost: 5_000,
        netReturn: -200,
        roi: -0.04,
      },
      base: {
        expectedResponders: 240,
        incrementalResponders: 160,
        incrementalRevenue: 9_600,
        cost: 5_000,
        netReturn: 4_600,
        roi: 0.92,
      },
      high: {
        expectedResponders: 400,
        incrementalResponders: 320,
        incrementalRevenue: 19_200,
        cost: 5_000,
        netReturn: 14_200,
        roi: 2.84,
      },
    };
    for (const name of ['low', 'base', 'high'] as const) {
      for (const [field, value] of Object.entries(expected[name])) {
        expect(estimate[name][field as keyof (typeof expected)['low']]).toBeCloseTo(value, 9);
      }
    }
    expect(estimate.breakEvenResponseRate).toBeCloseTo(0.01 + 5_000 / 480_000, 12);
    expect(estimate.breakEvenReachable).toBe(true);
    expect(estimate.warnings).toEqual([]);
  });

  it('states its assumptions in plain language', () => {
    const text = estimateRoi(campaign).assumptions.join('\n');
    expect(text).toContain('8,000 of the 10,000 customers');
    expect(text).toContain('2.0 % / 3.0 % / 5.0 %');
    expect(text).toContain('1.0 % would respond without the offer');
    expect(text).toContain('customer lifetime value');
    expect(text).toContain('50.0 % is kept as margin');
    expect(text).toContain('5,000 in total');
  });

  it('credits every response without a baseline and says so', () => {
    const estimate = estimateRoi({
      segmentSize: 1_000,
      responseRate: 0.04,
      valuePerResponder: 50,
      valueSource: 'average-order-value',
      costPerContact: 1,
    });
    // 1 000 contacts × 4 % = 40 responders × 50 = 2 000 revenue; cost 1 000 → ROI 1; break-even 1 000 / (1 000 × 50) = 2 %.
    expect(estimate.base).toMatchObject({ incrementalResponders: 40, incrementalRevenue: 2_000, cost: 1_000, roi: 1 });
    expect(estimate.low).toEqual(estimate.base);
    expect(estimate.breakEvenResponseRate).toBeCloseTo(0.02, 15);
    expect(estimate.assumptions.join(' ')).toMatch(/every response is credited/);
    expect(estimate.assumptions.join(' ')).toMatch(/average order value/);
  });

  it('warns when break-even is out of reach or a scenario is below the baseline', () => {
    const estimate = estimateRoi({
      segmentSize: 100,
      responseRate: { low: 0.01, base: 0.05, high: 0.1 },
      baselineResponseRate: 0.02,
      valuePerResponder: 1,
      costPerContact: 2,
    });
    // Break-even = 0.02 + 200 / (100 × 1) = 2.02 > 1.
    expect(estimate.breakEvenResponseRate).toBeCloseTo(2.02, 12);
    expect(estimate.breakEvenReachable).toBe(false);
    expect(estimate.warnings.map((warning) => warning.code)).toEqual([
      'RESPONSE_BELOW_BASELINE',
      'BREAK_EVEN_UNREACHABLE',
    ]);
    expect(estimate.low.incrementalResponders).toBeCloseTo(-1, 12);
  });

  it('reports no break-even when a responder is worth nothing', () => {
    const estimate = estimateRoi({ segmentSize: 100, responseRate: 0.1, valuePerResponder: 0, costPerContact: 1 });
    expect(estimate.breakEvenResponseRate).toBeNull();
    expect(estimate.base.roi).toBe(-1);
    expect(estimate.warnings.map((warning) => warning.code)).toEqual(['NO_BREAK_EVEN']);
  });

  it.each([
    ['a negative cost per contact', { costPerContact: -1 }, 'costPerContact'],
    ['a negative fixed cost', { fixedCost: -5 }, 'fixedCost'],
    ['a response rate above 1', { responseRate: 1.5 }, 'responseRate'],
    ['a range with low above base', { responseRate: { low: 0.04, base: 0.03, high: 0.05 } }, 'responseRate'],
    ['a contact rate below 0', { contactRate: -0.1 }, 'contactRate'],
    ['a baseline above 1', { baselineResponseRate: 2 }, 'baselineResponseRate'],
    ['a NaN segment size', { segmentSize: Number.NaN }, 'segmentSize'],
    ['a negative value per responder', { valuePerResponder: -3 }, 'valuePerResponder'],
  ])('rejects %s', (_, override, field) => {
    expect(() => estimateRoi({ ...campaign, ...override })).toThrow(RoiInputError);
    expect(() => estimateRoi({ ...campaign, ...override })).toThrow(
      expect.objectContaining({ code: 'ROI_INVALID_INPUT', details: expect.objectContaining({ field }) }),
    );
  });

  it('refuses zero total cost and explains that ROI is undefined', () => {
    const free = { ...campaign, costPerContact: 0, fixedCost: 0 };
    expect(() => estimateRoi(free)).toThrow(expect.objectContaining({ code: 'ROI_UNDEFINED_ZERO_COST' }));
    expect(() => estimateRoi(free)).toThrow(/undefined when cost is 0/);
  });
});
