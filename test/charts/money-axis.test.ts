import { describe, expect, it } from 'vitest';
import { moneyAxis, moneyUnit, niceTicks } from '../../src/charts/money-axis.ts';

/** What Vega draws for a tick: the axis's labelExpr evaluated for `value` (the expression is plain JS here). */
function labelOf(labelExpr: string, value: number): string {
  return new Function('datum', 'abs', `return ${labelExpr};`)({ value }, Math.abs) as string;
}

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10ⁿ and covers the range (hand-computed)', () => {
    // raw step (320,000 + 52,000) / 5 = 74,400 → 100,000.
    expect(niceTicks(-52_000, 320_000, 6)).toEqual([-100_000, 0, 100_000, 200_000, 300_000, 400_000]);
    // raw step 12,153 / 5 = 2,430.6 → 5,000.
    expect(niceTicks(0, 12_153, 6)).toEqual([0, 5_000, 10_000, 15_000]);
    // raw step 0.07 / 5 = 0.014 → 0.02, printed exactly.
    expect(niceTicks(0.01, 0.08, 6)).toEqual([0, 0.02, 0.04, 0.06, 0.08]);
    expect(niceTicks(5, 5, 6)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('moneyAxis', () => {
  it('spans the data, ticks at round amounts inside it, labelled in the currency as people write it', () => {
    const axis = moneyAxis([-52_000, 320_000], 'JPY', 'ja');
    expect(axis.scale).toEqual({ domain: [-52_000, 320_000], nice: false, zero: false });
    expect(axis.axis.values).toEqual([0, 100_000, 200_000, 300_000]);
    expect(axis.axis.values.map((value) => labelOf(axis.axis.labelExpr, value))).toEqual([
      '0円',
      '100,000円',
      '200,000円',
      '300,000円',
    ]);
    const dollars = moneyAxis([-52_000, 320_000], 'USD', 'en');
    // A lone 0 beside whole dollars is $0, not $0.00; negative amounts keep their sign.
    expect(dollars.axis.values.map((value) => labelOf(dollars.axis.labelExpr, value))).toEqual([
      '$0',
      '$100,000',
      '$200,000',
      '$300,000',
    ]);
    const loss = moneyAxis([-200_050, -199_970], 'JPY', 'en');
    expect(labelOf(loss.axis.labelExpr, -200_000)).toBe('-¥200,000');
  });

  it('starts at 0 and ends on a round amount for a bar chart’s value axis', () => {
    const axis = moneyAxis([6_671, 12_153], 'JPY', 'ja', { zero: true, roundEnds: true });
    expect(axis.scale.domain).toEqual([0, 15_000]);
    expect(axis.axis.values).toEqual([0, 5_000, 10_000, 15_000]);
  });

  it('names the unit: 円 in Japanese for yen, else the symbol', () => {
    expect(moneyUnit('JPY', 'ja')).toBe('円');
    expect(moneyUnit('JPY', 'en')).toBe('¥');
    expect(moneyUnit('USD', 'en')).toBe('$');
    expect(moneyUnit('USD', 'ja')).toBe('$');
    expect(moneyUnit('EUR', 'en')).toBe('€');
  });
});
