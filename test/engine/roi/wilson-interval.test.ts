import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/engine/roi/wilson-interval.ts';

// Hand-computed with /usr/bin/python3 and scipy 1.17.1: z = norm.ppf(1 − (1 − level)/2),
// centre = (x + z²/2)/(n + z²), half = z/(n + z²)·√(x(n − x)/n + z²/4); the same values as
// scipy.stats.binomtest(x, n).proportion_ci(level, method='wilson'), printed with repr().
const references = [
  { conversions: 120, size: 2000, level: 0.95, lower: 0.05041119711431651, upper: 0.07127580449318607 },
  { conversions: 156, size: 2000, level: 0.95, lower: 0.06703950613485771, upper: 0.09057848177051978 },
  { conversions: 3, size: 10, level: 0.9, lower: 0.12687658390319786, upper: 0.5583002041301649 },
  { conversions: 0, size: 20, level: 0.95, lower: 0, upper: 0.16112515805281935 },
  { conversions: 20, size: 20, level: 0.95, lower: 0.8388748419471808, upper: 1 },
  { conversions: 1, size: 1, level: 0.95, lower: 0.20654931437723745, upper: 1 },
];

describe('wilsonInterval', () => {
  it.each(references)(
    'matches the hand-computed Wilson interval for $conversions of $size at $level',
    ({ conversions, size, level, lower, upper }) => {
      const interval = wilsonInterval(conversions, size, level);
      expect(interval.lower).toBeCloseTo(lower, 12);
      expect(interval.upper).toBeCloseTo(upper, 12);
      expect(interval.level).toBe(level);
    },
  );

  it('stays inside [0, 1] with a width where Wald would collapse or go below 0 %', () => {
    const none = wilsonInterval(0, 20);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeGreaterThan(0.1);
    const one = wilsonInterval(1, 50);
    // Wald: 0.02 − 1.96·√(0.02·0.98/50) ≈ −0.019, below 0 %.
    expect(one.lower).toBeGreaterThan(0);
  });

  it.each([
    [5, 0, 0.95],
    [-1, 10, 0.95],
    [1.5, 10, 0.95],
    [11, 10, 0.95],
    [1, 10, 1],
    [1, 10, Number.NaN],
  ])('refuses %d of %d at level %d', (conversions, size, level) => {
    expect(() => wilsonInterval(conversions, size, level)).toThrow(
      expect.objectContaining({ code: 'ROI_INVALID_INPUT' }),
    );
  });
});
