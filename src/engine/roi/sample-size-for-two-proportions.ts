import { normalQuantile } from '../statistics/normal-quantile.ts';
import { checkNumber } from './check-number.ts';
import { RoiInputError } from '../engine-errors.ts';

/**
 * Which normal-approximation formula to use (all two-sided, equal arms, no continuity correction):
 * - `pooled` (default): n = (z₁₋α/₂·√(2·p̄·q̄) + z₁₋β·√(p₁q₁ + p₂q₂))² / (p₁ − p₂)², p̄ = (p₁ + p₂)/2:
 *   pooled variance under "no difference", unpooled under the alternative (Fleiss, Levin & Paik, without
 *   continuity correction). The usual textbook answer: 3841 per arm for 10 % → 12 %, α 0.05, power 0.8.
 * - `unpooled`: n = (z₁₋α/₂ + z₁₋β)²·(p₁q₁ + p₂q₂) / (p₁ − p₂)² (slightly smaller).
 * - `arcsine`: n = 2·(z₁₋α/₂ + z₁₋β)² / h², h = 2·asin√p₂ − 2·asin√p₁ (Cohen's h); what statsmodels'
 *   `NormalIndPower` with `proportion_effectsize` solves for, up to the negligible far tail it includes.
 */
export type SampleSizeMethod = 'pooled' | 'unpooled' | 'arcsine';

/** Inputs of {@link sampleSizeForTwoProportions}. */
export interface SampleSizeInput {
  /** Conversion rate expected in the control arm. */
  readonly baselineRate: number;
  /** Conversion rate the treatment must reach to count as a win (the smallest uplift worth detecting). */
  readonly expectedRate: number;
  /** Two-sided significance level; default 0.05. */
  readonly alpha?: number;
  /** Chance of detecting the uplift if it is real; default 0.8. */
  readonly power?: number;
  readonly method?: SampleSizeMethod;
}

/** Result of {@link sampleSizeForTwoProportions}. */
export interface SampleSize {
  /** Customers needed in each arm (rounded up). */
  readonly perArm: number;
  /** Both arms together. */
  readonly total: number;
  /** The formula's unrounded value. */
  readonly exactPerArm: number;
  readonly method: SampleSizeMethod;
  /** expectedRate − baselineRate. */
  readonly absoluteUplift: number;
  /** (expectedRate − baselineRate) / baselineRate. */
  readonly relativeUplift: number;
}

/**
 * Customers per arm for an A/B test to detect `baselineRate → expectedRate` with a two-sided
 * two-proportion z-test at level `alpha` with the given power.
 *
 * @throws RoiInputError `ROI_INVALID_INPUT` for rates outside (0, 1), alpha or power outside (0, 1),
 *   or equal rates (no uplift to detect needs infinitely many customers).
 */
export function sampleSizeForTwoProportions(input: SampleSizeInput): SampleSize {
  const p1 = checkNumber('baselineRate', input.baselineRate, 'open-rate');
  const p2 = checkNumber('expectedRate', input.expectedRate, 'open-rate');
  const alpha = checkNumber('alpha', input.alpha ?? 0.05, 'open-rate');
  const power = checkNumber('power', input.power ?? 0.8, 'open-rate');
  const method = input.method ?? 'pooled';
  if (p1 === p2) {
    throw new RoiInputError(
      'ROI_INVALID_INPUT',
      `baselineRate and expectedRate are both ${p1}: an uplift of zero cannot be detected with any sample. Enter the smallest uplift worth acting on.`,
      { field: 'expectedRate', value: p2 },
    );
  }
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zPower = normalQuantile(power);
  const difference = p2 - p1;
  const unpooledVariance = p1 * (1 - p1) + p2 * (1 - p2);
  let exactPerArm: number;
  if (method === 'pooled') {
    const average = (p1 + p2) / 2;
    exactPerArm =
      (zAlpha * Math.sqrt(2 * average * (1 - average)) + zPower * Math.sqrt(unpooledVariance)) ** 2 / difference ** 2;
  } else if (method === 'unpooled') {
    exactPerArm = ((zAlpha + zPower) ** 2 * unpooledVariance) / difference ** 2;
  } else if (method === 'arcsine') {
    const effect = 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));
    exactPerArm = (2 * (zAlpha + zPower) ** 2) / effect ** 2;
  } else {
    throw new RoiInputError(
      'ROI_INVALID_INPUT',
      `method is ${String(method)} but must be 'pooled', 'unpooled' or 'arcsine'.`,
      { field: 'method', value: String(method) },
    );
  }
  // Guard the ceiling against float noise such as 3841.0000000000005.
  const perArm = Math.ceil(exactPerArm - 1e-9);
  return {
    perArm,
    total: 2 * perArm,
    exactPerArm,
    method,
    absoluteUplift: difference,
    relativeUplift: difference / p1,
  };
}
