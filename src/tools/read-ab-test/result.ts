import type { DeclaredGroup } from '../declared-group.ts';
import type { AbTestDecision } from '../../engine/roi/decide-ab-test.ts';
import type { TwoProportionZTestResult } from '../../engine/roi/two-proportion-z-test.ts';
import type { RateInterval } from '../../engine/roi/wilson-interval.ts';

/** read_ab_test's result: the counts, the two-proportion test and the plain decision. */
export interface ReadAbTestData {
  source:
    | { kind: 'question' }
    | { kind: 'file'; file: string; skipped: { arm: number; converted: number; duplicate: number } };
  control: { customers: number; conversions: number };
  treatment: { customers: number; conversions: number };
  test: TwoProportionZTestResult;
  /** Each arm's conversion rate interval at the test's level (Wilson score; the chart's bands). */
  armIntervals: { method: 'wilson'; control: RateInterval; treatment: RateInterval };
  decision: AbTestDecision;
  minimumWorthwhileLift: number;
  /** Revenue per customer in each arm (files with a revenue column), in the dataset's currency. */
  revenuePerCustomer: { control: number; treatment: number } | null;
  currency: string;
  /** For keep-testing with a positive lift: customers per arm to confirm the lift seen. */
  neededPerArm: number | null;
  groups: DeclaredGroup[];
}
