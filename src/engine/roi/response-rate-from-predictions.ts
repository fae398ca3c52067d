import { checkNumber } from './check-number.ts';
import type { RateRange } from './estimate-roi.ts';
import { RoiInputError } from '../engine-errors.ts';

/** Options of {@link responseRateFromPredictions}. */
export interface ResponseRateFromPredictionsOptions {
  /**
   * Relative width of the low/high band around the mean probability. Model probabilities are rarely
   * calibrated better than this on new campaigns, and that dominates sampling noise for any real segment.
   */
  relativeMargin: number;
}

export const defaultResponseRateFromPredictionsOptions: ResponseRateFromPredictionsOptions = { relativeMargin: 0.25 };

/**
 * Turns predicted response probabilities of a segment's customers into a low/base/high response rate:
 * base = mean probability, low/high = base × (1 ∓ relativeMargin), kept within [0, 1].
 *
 * @throws RoiInputError `ROI_INVALID_INPUT` for no probabilities or one outside [0, 1].
 */
export function responseRateFromPredictions(
  probabilities: ArrayLike<number>,
  options: Partial<ResponseRateFromPredictionsOptions> = {},
): RateRange {
  const { relativeMargin } = { ...defaultResponseRateFromPredictionsOptions, ...options };
  checkNumber('relativeMargin', relativeMargin, 'rate');
  if (probabilities.length === 0) {
    throw new RoiInputError('ROI_INVALID_INPUT', 'No predicted probabilities were given; score the segment first.', {
      field: 'probabilities',
    });
  }
  let total = 0;
  for (let index = 0; index < probabilities.length; index += 1)
    total += checkNumber(`probabilities[${index}]`, probabilities[index], 'rate');
  const base = total / probabilities.length;
  return { low: Math.max(0, base * (1 - relativeMargin)), base, high: Math.min(1, base * (1 + relativeMargin)) };
}
