import { describe, expect, it } from 'vitest';
import { featureLabel } from '../../src/tools/shared/feature-label.ts';

describe('featureLabel', () => {
  it('names theme shares by theme and spells out the rest', () => {
    expect(featureLabel('theme_3_share')).toBe('T3');
    // Issue 9: people read a named theme by its name alone and features in words, never T1 or recency_days.
    expect(featureLabel('theme_1_share', ['pizza', 'golden retriever'])).toBe('golden retriever');
    expect(featureLabel('recency_days')).toBe('days since the last purchase');
    expect(featureLabel('recency_days', undefined, 'ja')).toBe('最終購入からの日数');
    expect(featureLabel('segment_2')).toBe('segment 2');
  });
});
