import { describe, expect, it } from 'vitest';
import { responseRateFromPredictions } from '../../../src/engine/roi/response-rate-from-predictions.ts';

describe('responseRateFromPredictions', () => {
  it('uses the mean probability as base and a relative band around it', () => {
    // Mean of 0.1, 0.2, 0.3, 0.4 = 0.25; ±25 % → 0.1875 / 0.3125.
    const range = responseRateFromPredictions([0.1, 0.2, 0.3, 0.4]);
    expect(range.base).toBeCloseTo(0.25, 15);
    expect(range.low).toBeCloseTo(0.1875, 15);
    expect(range.high).toBeCloseTo(0.3125, 15);
  });

  it('keeps the band inside [0, 1]', () => {
    expect(responseRateFromPredictions(new Float64Array([0.9, 0.9]), { relativeMargin: 0.5 })).toEqual({
      low: 0.45,
      base: 0.9,
      high: 1,
    });
  });

  it('rejects no probabilities and values outside [0, 1]', () => {
    expect(() => responseRateFromPredictions([])).toThrow(expect.objectContaining({ code: 'ROI_INVALID_INPUT' }));
    expect(() => responseRateFromPredictions([0.2, 1.2])).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'probabilities[1]' }) }),
    );
  });
});
