import { describe, expect, it } from 'vitest';
import { classificationAccuracy } from '../../../src/engine/prediction/classification-accuracy.ts';

describe('classificationAccuracy', () => {
  it('labels probability ≥ threshold as 1', () => {
    // Predicted labels at 0.5: 1, 0, 1, 0 vs actual 1, 0, 0, 0 → 3 of 4 right.
    expect(classificationAccuracy([1, 0, 0, 0], [0.5, 0.49, 0.9, 0.1])).toBe(0.75);
    // At 0.95 all are labelled 0 → only the three 0s are right.
    expect(classificationAccuracy([1, 0, 0, 0], [0.5, 0.49, 0.9, 0.1], 0.95)).toBe(0.75);
    expect(classificationAccuracy([1, 1, 0, 0], [0.96, 0.5, 0.9, 0.1], 0.95)).toBe(0.75);
  });

  it('is NaN for no rows and rejects misaligned input', () => {
    expect(classificationAccuracy([], [])).toBeNaN();
    expect(() => classificationAccuracy([1], [])).toThrow(
      expect.objectContaining({ code: 'PREDICTION_LENGTH_MISMATCH' }),
    );
  });
});
