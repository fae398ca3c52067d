import type { CampaignEstimate } from './campaign-model-types.ts';
import { type SampleSize, sampleSizeForTwoProportions } from './sample-size-for-two-proportions.ts';

/** Options of {@link planCampaignTest}. */
export interface PlanCampaignTestOptions {
  /** Control rate used when none is known (the share that buys anyway), kept inside (0, 1). */
  fallbackBaselineRate: number;
}

export const defaultPlanCampaignTestOptions: PlanCampaignTestOptions = { fallbackBaselineRate: 0.05 };

/** Whether an A/B test can confirm the campaign's base incremental response within its audience. */
export interface CampaignTestPlan {
  /** Control rate the test assumes, and whether it was known or the fallback. */
  readonly baselineRate: number;
  readonly baselineKnown: boolean;
  /** Treatment rate = control + base incremental response. */
  readonly expectedRate: number;
  readonly sampleSize: SampleSize | null;
  /** True when two arms of `sampleSize.perArm` fit in the contacted customers. */
  readonly fits: boolean;
}

/**
 * Sizes the A/B test that would detect the campaign's base incremental response over the control
 * rate (two-sided 5 %, power 80 %), and says whether the audience is large enough for it.
 * No test is sized when the base response is not positive (there is no uplift to detect).
 */
export function planCampaignTest(
  estimate: CampaignEstimate,
  baselineRate: number | null,
  options: Partial<PlanCampaignTestOptions> = {},
): CampaignTestPlan {
  const { fallbackBaselineRate } = { ...defaultPlanCampaignTestOptions, ...options };
  const known = baselineRate !== null && baselineRate > 0 && baselineRate < 1;
  const control = Math.min(0.95, Math.max(0.005, known ? baselineRate : fallbackBaselineRate));
  const lift = estimate.base.incrementalResponse;
  const expected = Math.min(0.999, control + lift);
  if (!(lift > 0) || expected <= control) {
    return { baselineRate: control, baselineKnown: known, expectedRate: expected, sampleSize: null, fits: false };
  }
  const sampleSize = sampleSizeForTwoProportions({ baselineRate: control, expectedRate: expected });
  return {
    baselineRate: control,
    baselineKnown: known,
    expectedRate: expected,
    sampleSize,
    fits: sampleSize.total <= estimate.targeting.contacts,
  };
}
