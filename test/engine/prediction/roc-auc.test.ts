import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../src/engine/prediction/roc-auc.ts';

describe('rocAuc', () => {
  it('matches sklearn.metrics.roc_auc_score on an example with tied scores', () => {
    // /usr/bin/python3, Debian sklearn 1.2.1: roc_auc_score(labels, scores) → 0.7878787878787878.
    const labels = [0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1];
    const scores = [
      0.1, 0.4, 0.35, 0.8, 0.4, 0.9, 0.2, 0.4, 0.65, 0.55, 0.3, 0.3, 0.05, 0.7, 0.4, 0.6, 0.95, 0.1, 0.3, 0.5,
    ];
    expect(rocAuc(labels, scores)).toBeCloseTo(0.7878787878787878, 14);
    expect(rocAuc(labels, new Float64Array(scores))).toBeCloseTo(0.7878787878787878, 14);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 for constant scores', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4])).toBe(1);
    expect(rocAuc([1, 1, 0, 0], [0.1, 0.2, 0.3, 0.4])).toBe(0);
    expect(rocAuc([1, 0, 1, 0], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
  });

  it('is NaN with a single class and rejects misaligned input', () => {
    expect(rocAuc([1, 1], [0.2, 0.4])).toBeNaN();
    expect(() => rocAuc([1, 0], [0.2])).toThrow(expect.objectContaining({ code: 'PREDICTION_LENGTH_MISMATCH' }));
  });
});
