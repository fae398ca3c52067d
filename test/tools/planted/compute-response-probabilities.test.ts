import { describe, expect, it } from 'vitest';
import { computeResponseProbabilities } from '../../../tools/planted/compute-response-probabilities.ts';

describe('computeResponseProbabilities', () => {
  it('matches sigmoid(effect + coefficient · standardised frequency)', () => {
    const result = computeResponseProbabilities([1, -1, 0.5, 2], [1, 4, 10, 1], 0.8);
    // numpy/scipy via /usr/bin/python3: f = [1, 4, 10, 1]; z = (f − f.mean()) / f.std(ddof=0);
    // scipy.special.expit([1, −1, 0.5, 2] + 0.8·z).
    const expected = [0.58584204, 0.26894142, 0.85892556, 0.79360642];
    expected.forEach((value, index) => expect(result.probabilities[index]).toBeCloseTo(value, 7));
    expect(result.frequencyMean).toBe(4);
    expect(result.frequencyStandardDeviation).toBeCloseTo(3.6742346141747673, 12);
  });

  it('uses z = 0 when every frequency is equal', () => {
    const result = computeResponseProbabilities([0, Math.log(3)], [2, 2], 5);
    expect(result.frequencyStandardDeviation).toBe(0);
    expect(result.probabilities[0]).toBe(0.5);
    expect(result.probabilities[1]).toBeCloseTo(0.75, 12);
  });
});
