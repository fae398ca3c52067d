import type { CohortCell } from '../../engine/cohorts/compute-cohort-retention.ts';
import type { RetentionFindings } from '../../engine/cohorts/find-retention-findings.ts';
import type { EngineWarning } from '../../engine/engine-warning.ts';
import type { DeclaredGroup } from '../declared-group.ts';

/** One row of the table: the customers whose first purchase fell in `firstMonth`…`lastMonth` (YYYY-MM). */
export interface CohortRetentionRow {
  firstMonth: string;
  lastMonth: string;
  /** Also holds every earlier first-purchase month (the oldest months folded into one row). */
  includesEarlier: boolean;
  /** First-purchase months in the row (more than one when small months were merged). */
  months: string[];
  size: number;
  cells: CohortCell[];
}

/**
 * Result of cohort_retention: shares and amounts per row, never a customer. `status`:
 * `ok`; `no-purchases` (the dataset has none); `too-few` (fewer buyers than the minimum group size:
 * nothing described); `one-month` (no month after a first purchase is complete yet).
 */
export interface CohortRetentionData {
  dataset: string;
  currency: string;
  status: 'ok' | 'no-purchases' | 'too-few' | 'one-month';
  /** Customers with at least one purchase (all are in some row). */
  customers: number;
  purchases: number;
  /** YYYY-MM-DD of the last purchase; null without purchases. */
  lastPurchaseDate: string | null;
  /** The month the data ends part-way through (no rates for it). */
  partialMonth: string | null;
  minimumGroupSize: number;
  monthsAfter: number;
  /**
   * Calendar months per row: 1, or 2 or 3 when monthly rows would be a few customers away from a group
   * described before or from the same months' buyers (the differencing rule would refuse one of the two).
   */
  monthsPerCohort: number;
  /** Oldest first. */
  rows: CohortRetentionRow[];
  findings: RetentionFindings;
  warnings: EngineWarning[];
  /** Every row, and all buyers together (the rows' sizes and rates give the overall figures). */
  groups: DeclaredGroup[];
}
