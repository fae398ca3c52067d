import type { TwoProportionZTestResult } from './two-proportion-z-test.ts';

/** A plain decision from an A/B readout. */
export type AbTestDecision = 'ship' | 'keep-testing' | 'stop';

/**
 * The decision from a readout: `ship` when the treatment converts significantly more; `stop` when it
 * converts significantly less, or when even the interval's upper end is below the smallest lift worth
 * having (the offer cannot be worth it); otherwise `keep-testing`.
 */
export function decideAbTest(test: TwoProportionZTestResult, minimumWorthwhileLift: number): AbTestDecision {
  if (test.significant && test.difference > 0) return 'ship';
  if (test.significant && test.difference < 0) return 'stop';
  if (test.confidenceInterval.upper < minimumWorthwhileLift) return 'stop';
  return 'keep-testing';
}
