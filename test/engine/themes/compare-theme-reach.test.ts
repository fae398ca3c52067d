import { describe, expect, it } from 'vitest';
import { compareThemeReach, type ThemeReachCustomer } from '../../../src/engine/themes/compare-theme-reach.ts';

/** `valuable` customers of whom `valuablePosters` posted the theme, and the same for the others. */
function customers(plan: { theme: number; valuablePosters: number; otherPosters: number }[]): ThemeReachCustomer[] {
  const group = Array.from({ length: 50 }, (): ThemeReachCustomer & { themes: number[] } => ({
    themes: [],
    valuable: true,
  }));
  const others = Array.from({ length: 150 }, (): ThemeReachCustomer & { themes: number[] } => ({
    themes: [],
    valuable: false,
  }));
  for (const { theme, valuablePosters, otherPosters } of plan) {
    // A poster posts the theme twice: a customer still counts once.
    for (let index = 0; index < valuablePosters; index += 1) group[index]!.themes.push(theme, theme);
    for (let index = 0; index < otherPosters; index += 1) others[index]!.themes.push(theme);
  }
  return [...group, ...others];
}

describe('compareThemeReach', () => {
  // References: scipy (Katz log interval at 90 %, pooled two-proportion z-test, Benjamini–Hochberg).
  const result = compareThemeReach(
    customers([
      { theme: 0, valuablePosters: 20, otherPosters: 30 },
      { theme: 1, valuablePosters: 12, otherPosters: 40 },
      { theme: 2, valuablePosters: 9, otherPosters: 24 },
    ]),
    [0, 1, 2],
  );

  it('gives each theme its lift, interval and test against hand-computed references, highest lift first', () => {
    expect(result.map((row) => row.themeId)).toEqual([0, 2, 1]);
    const dog = result[0]!;
    expect(dog).toMatchObject({ valuablePosters: 20, valuableCustomers: 50, otherPosters: 30, otherCustomers: 150 });
    expect(dog.lift).toBeCloseTo(2, 12);
    expect(dog.liftInterval!.lower).toBeCloseTo(1.3520117911080534, 9);
    expect(dog.liftInterval!.upper).toBeCloseTo(2.9585540794150647, 9);
    expect(dog.pValue).toBeCloseTo(0.0046777349810472576, 9);
    expect(result[2]!.lift).toBeCloseTo(0.9, 12);
    expect(result[2]!.liftInterval!.lower).toBeCloseTo(0.5624704989757872, 9);
    expect(result[2]!.pValue).toBeCloseTo(0.7096766487904396, 9);
  });

  it('adjusts for the number of themes compared and names the strength of evidence from that', () => {
    expect(result[0]!.qValue).toBeCloseTo(0.014033204943141774, 9);
    expect(result[1]!.qValue).toBeCloseTo(0.7414306888404365, 9);
    expect(result[2]!.qValue).toBeCloseTo(0.7414306888404365, 9);
    expect(result.map((row) => row.evidence)).toEqual(['moderate', 'weak', 'weak']);
  });

  it('has no lift for a theme only the group posted, and nothing to compare without both groups', () => {
    const onlyGroup = compareThemeReach(customers([{ theme: 4, valuablePosters: 3, otherPosters: 0 }]), [4]);
    expect(onlyGroup[0]!.lift).toBeNull();
    expect(onlyGroup[0]!.evidence).toBe('weak');
    expect(compareThemeReach([{ themes: [1], valuable: true }], [1])).toEqual([]);
  });
});
