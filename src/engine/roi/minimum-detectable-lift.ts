import { sampleSizeForTwoProportions } from './sample-size-for-two-proportions.ts';

/**
 * The smallest absolute lift over `baselineRate` that `perArm` customers in each of two arms detect
 * with the given power (two-sided `alpha`, pooled formula of {@link sampleSizeForTwoProportions}),
 * found by bisection; null when even a lift to a rate of 0.999 needs more customers.
 */
export function minimumDetectableLift(input: {
  baselineRate: number;
  perArm: number;
  alpha?: number;
  power?: number;
}): number | null {
  const { baselineRate, perArm } = input;
  const needed = (lift: number): number =>
    sampleSizeForTwoProportions({
      baselineRate,
      expectedRate: baselineRate + lift,
      alpha: input.alpha,
      power: input.power,
    }).exactPerArm;
  let high = 0.999 - baselineRate;
  if (!(high > 0) || !(perArm >= 1) || needed(high) > perArm) return null;
  let low = 0;
  // Needed customers fall as the lift grows: bisect to 1e-7 (far finer than any rate we print).
  while (high - low > 1e-7) {
    const middle = (low + high) / 2;
    if (middle > 0 && needed(middle) <= perArm) high = middle;
    else low = middle;
  }
  return high;
}
