import { describe, expect, it } from 'vitest';
import { sampleSizeForTwoProportions } from '../../../src/engine/roi/sample-size-for-two-proportions.ts';

// References from /usr/bin/python3 with Debian's scipy 1.10.1 / statsmodels 0.13.5, za = norm.ppf(1 − α/2), zb = norm.ppf(power):
//  pooled   = (za·√(2 p̄ q̄) + zb·√(p1 q1 + p2 q2))² / (p1 − p2)²
//  unpooled = (za + zb)² (p1 q1 + p2 q2) / (p1 − p2)²
//  arcsine  = 2 (za + zb)² / h², h = 2 asin√p2 − 2 asin√p1
//  statsmodels = NormalIndPower().solve_power(effect_size=proportion_effectsize(p2, p1), alpha, power, ratio=1, alternative='two-sided')
const references = [
  {
    p1: 0.1,
    p2: 0.12,
    alpha: 0.05,
    power: 0.8,
    pooled: 3840.847482436276,
    unpooled: 3838.1021900967085,
    arcsine: 3834.605132347649,
    statsmodels: 3834.595739884031,
  },
  {
    p1: 0.05,
    p2: 0.06,
    alpha: 0.05,
    power: 0.9,
    pooled: 10920.389036645407,
    unpooled: 10917.212560836813,
    arcsine: 10900.651696303577,
    statsmodels: 10900.647907837296,
  },
  {
    p1: 0.3,
    p2: 0.25,
    alpha: 0.01,
    power: 0.8,
    pooled: 1861.3564734187082,
    unpooled: 1856.9559396141954,
    arcsine: 1859.3590966817248,
    statsmodels: 1859.3590926849663,
  },
  {
    p1: 0.5,
    p2: 0.6,
    alpha: 0.1,
    power: 0.95,
    pooled: 532.9886270038995,
    unpooled: 530.2865170027012,
    arcsine: 533.8350249173515,
    statsmodels: 533.8337609600342,
  },
];

describe('sampleSizeForTwoProportions', () => {
  it('gives the textbook 3841 per arm for 10 % → 12 %, α = 0.05, power 0.8', () => {
    const size = sampleSizeForTwoProportions({ baselineRate: 0.1, expectedRate: 0.12 });
    expect(size).toMatchObject({ perArm: 3841, total: 7682, method: 'pooled' });
    expect(size.absoluteUplift).toBeCloseTo(0.02, 15);
    expect(size.relativeUplift).toBeCloseTo(0.2, 14);
  });

  it.each(references)(
    'matches scipy for p1 = $p1, p2 = $p2, α = $alpha, power = $power',
    ({ p1, p2, alpha, power, pooled, unpooled, arcsine, statsmodels }) => {
      const input = { baselineRate: p1, expectedRate: p2, alpha, power };
      const methods = { pooled, unpooled, arcsine } as const;
      for (const [method, expected] of Object.entries(methods)) {
        const size = sampleSizeForTwoProportions({ ...input, method: method as keyof typeof methods });
        expect(Math.abs(size.exactPerArm - expected) / expected).toBeLessThan(1e-10);
        expect(size.perArm).toBe(Math.ceil(expected));
      }
      // statsmodels also counts the far rejection tail, which moves the answer by < 0.01 customers.
      expect(sampleSizeForTwoProportions({ ...input, method: 'arcsine' }).perArm).toBe(Math.ceil(statsmodels));
    },
  );

  it('rejects equal rates, rates at 0 or 1 and bad alpha/power', () => {
    expect(() => sampleSizeForTwoProportions({ baselineRate: 0.1, expectedRate: 0.1 })).toThrow(/uplift of zero/);
    expect(() => sampleSizeForTwoProportions({ baselineRate: 0, expectedRate: 0.1 })).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'baselineRate' }) }),
    );
    expect(() => sampleSizeForTwoProportions({ baselineRate: 0.1, expectedRate: 0.2, alpha: 1.2 })).toThrow(
      expect.objectContaining({ code: 'ROI_INVALID_INPUT' }),
    );
    expect(() => sampleSizeForTwoProportions({ baselineRate: 0.1, expectedRate: 0.2, power: 0 })).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'power' }) }),
    );
  });
});
