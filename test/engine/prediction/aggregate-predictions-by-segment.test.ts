import { describe, expect, it } from 'vitest';
import { aggregatePredictionsBySegment } from '../../../src/engine/prediction/aggregate-predictions-by-segment.ts';

describe('aggregatePredictionsBySegment', () => {
  const predictions = [
    { probability: 0.9, label: 1 as const },
    { probability: 0.2, label: 0 as const },
    { probability: 0.6, label: 1 as const },
    { probability: 0.1, label: 0 as const },
    { probability: 0.3, label: 0 as const },
  ];
  const segments = ['loyal', 'lapsed', 'loyal', 'lapsed', 'new'];

  it('averages per segment, highest mean probability first, with actual rates when given', () => {
    expect(aggregatePredictionsBySegment(predictions, segments, [1, 0, 0, 0, 1])).toEqual([
      { segment: 'loyal', customerCount: 2, meanProbability: 0.75, predictedPositiveRate: 1, actualRate: 0.5 },
      { segment: 'new', customerCount: 1, meanProbability: 0.3, predictedPositiveRate: 0, actualRate: 1 },
      {
        segment: 'lapsed',
        customerCount: 2,
        meanProbability: 0.15000000000000002,
        predictedPositiveRate: 0,
        actualRate: 0,
      },
    ]);
  });

  it('leaves actualRate null without outcomes and accepts numeric segment ids', () => {
    const summary = aggregatePredictionsBySegment(predictions, [2, 1, 2, 1, 1]);
    expect(summary.map((row) => [row.segment, row.customerCount, row.actualRate])).toEqual([
      [2, 2, null],
      [1, 3, null],
    ]);
    expect(summary[1]!.meanProbability).toBeCloseTo(0.2, 15);
  });

  it('rejects misaligned inputs', () => {
    expect(() => aggregatePredictionsBySegment(predictions, ['a'])).toThrow(
      expect.objectContaining({ code: 'PREDICTION_LENGTH_MISMATCH' }),
    );
    expect(() => aggregatePredictionsBySegment(predictions, segments, [1])).toThrow(
      expect.objectContaining({ code: 'PREDICTION_LENGTH_MISMATCH' }),
    );
  });
});
