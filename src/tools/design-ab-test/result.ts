import type { DeclaredGroup } from '../declared-group.ts';
/** design_ab_test's result: the test's size, whether the audience holds it, and how long to run it. */
export interface DesignAbTestData {
  dataset: string;
  runId: number;
  segment: { id: number; label: string } | null;
  audience: number;
  baselineRate: number;
  baselineSource: 'given' | 'prediction' | 'fallback';
  lift: number;
  liftSource: 'given' | 'default';
  alpha: number;
  power: number;
  perArm: number;
  total: number;
  fits: boolean;
  /** When it does not fit: the smallest lift the audience split in two can detect (null: none). */
  detectableLift: number | null;
  /** When a segment is too small: the same test on every customer. */
  pooled: { audience: number; fits: boolean; detectableLift: number | null } | null;
  /** Days a customer of this audience takes between purchases, on average (null without repeat data). */
  purchaseCycleDays: number | null;
  /** How long to observe: about one purchase cycle, 14–90 days. */
  durationDays: number;
  minimumGroupSize: number;
  groups: DeclaredGroup[];
}
