import { describe, expect, it } from 'vitest';
import { mean } from '../../../src/engine/statistics/mean.ts';

describe('mean', () => {
  it('averages plain and typed arrays', () => {
    expect(mean([1, 2, 3, 10])).toBe(4);
    expect(mean(new Float64Array([0.5, 1.5]))).toBe(1);
  });

  it('is NaN for no values', () => {
    expect(mean([])).toBeNaN();
  });
});
