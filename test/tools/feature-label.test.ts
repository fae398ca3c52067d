import { describe, expect, it } from 'vitest';
import { featureLabel } from '../../src/tools/shared/feature-label.ts';

describe('featureLabel', () => {
  it('names theme shares by theme and spells out the rest', () => {
    expect(featureLabel('theme_3_share')).toBe('T3');
    expect(featureLabel('theme_1_share', ['pizza', 'golden retriever'])).toBe('T1 "golden retriever"');
    expect(featureLabel('recency_days')).toBe('recency days');
    expect(featureLabel('segment_2')).toBe('segment 2');
  });
});
