import { describe, expect, it } from 'vitest';
import { twoProportionZTest } from '../../../src/engine/roi/two-proportion-z-test.ts';

// References from /usr/bin/python3 with Debian's statsmodels 0.13.5:
//  z, p = proportions_ztest([treatmentConversions, controlConversions], [treatmentSize, controlSize])   (pooled SE)
//  lower, upper = confint_proportions_2indep(treatmentConversions, treatmentSize, controlConversions, controlSize,
//                                            method='wald', compare='diff', alpha=1 − level)
const references = [
  {
    counts: { treatmentConversions: 260, treatmentSize: 2000, controlConversions: 220, controlSize: 2000 },
    level: 0.95,
    z: 1.9462473604038077,
    p: 0.051625033394238504,
    lower: -0.00013141588620209366,
    upper: 0.0401314158862021,
  },
  {
    counts: { treatmentConversions: 48, treatmentSize: 1000, controlConversions: 30, controlSize: 980 },
    level: 0.9,
    z: 1.98855034218161,
    p: 0.046750857128928305,
    lower: 0.0030504471392274086,
    upper: 0.03172506306485423,
  },
  {
    counts: { treatmentConversions: 15, treatmentSize: 120, controlConversions: 22, controlSize: 118 },
    level: 0.99,
    z: -1.307908052759717,
    p: 0.19090449785685348,
    lower: -0.18217226596353187,
    upper: 0.059290910031328484,
  },
];

describe('twoProportionZTest', () => {
  it.each(references)(
    'matches statsmodels for $counts.treatmentConversions/$counts.treatmentSize vs $counts.controlConversions/$counts.controlSize',
    ({ counts, level, z, p, lower, upper }) => {
      const result = twoProportionZTest(counts, { confidenceLevel: level });
      expect(result.z).toBeCloseTo(z, 12);
      expect(result.pValue).toBeCloseTo(p, 12);
      expect(result.confidenceInterval.lower).toBeCloseTo(lower, 12);
      expect(result.confidenceInterval.upper).toBeCloseTo(upper, 12);
      expect(result.confidenceInterval.level).toBe(level);
      expect(result.significant).toBe(p < 1 - level);
      expect(result.difference).toBeCloseTo(
        counts.treatmentConversions / counts.treatmentSize - counts.controlConversions / counts.controlSize,
        15,
      );
    },
  );

  it('reports the relative uplift: 13 % vs 11 % is +18.2 %', () => {
    const result = twoProportionZTest(references[0]!.counts);
    expect(result.controlRate).toBe(0.11);
    expect(result.treatmentRate).toBe(0.13);
    expect(result.relativeUplift).toBeCloseTo(0.02 / 0.11, 12);
    expect(result.significant).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it('handles arms with no conversions without dividing by zero and warns', () => {
    const none = twoProportionZTest({
      controlConversions: 0,
      controlSize: 50,
      treatmentConversions: 0,
      treatmentSize: 60,
    });
    expect(none).toMatchObject({ z: 0, pValue: 1, relativeUplift: null, significant: false });
    expect(none.warnings.map((warning) => warning.code)).toEqual(['SMALL_COUNTS', 'DEGENERATE_INTERVAL']);
    const fewControl = twoProportionZTest({
      controlConversions: 0,
      controlSize: 50,
      treatmentConversions: 6,
      treatmentSize: 50,
    });
    expect(fewControl.relativeUplift).toBeNull();
    expect(fewControl.warnings.map((warning) => warning.code)).toEqual(['SMALL_COUNTS']);
  });

  it.each([
    ['more conversions than customers', { controlConversions: 11, controlSize: 10 }, 'controlConversions'],
    ['an empty arm', { treatmentSize: 0 }, 'treatmentSize'],
    ['a fractional count', { treatmentConversions: 2.5 }, 'treatmentConversions'],
    ['a negative count', { controlConversions: -1 }, 'controlConversions'],
  ])('rejects %s', (_, override, field) => {
    const counts = { controlConversions: 5, controlSize: 10, treatmentConversions: 6, treatmentSize: 10, ...override };
    expect(() => twoProportionZTest(counts)).toThrow(
      expect.objectContaining({
        name: 'RoiInputError',
        code: 'ROI_INVALID_INPUT',
        details: expect.objectContaining({ field }),
      }),
    );
  });
});
