import type { DeclaredGroup } from '../declared-group.ts';
import type { ValueBand } from '../../engine/breakdowns/break-down-by-attribute.ts';

/** What a breakdown compares. */
export type BreakdownMeasure = 'revenue' | 'orders' | 'customers';

/** A row's figures: the purchases of the row's period or customers in the range. */
export interface BreakdownFigures {
  revenue: number;
  orders: number;
  /** Distinct customers who bought. */
  customers: number;
  revenuePerCustomer: number;
}

/** One row of a breakdown, as shown: a period, a column value, a band, the blanks, or the pooled small values. */
export interface BreakdownRow {
  kind: 'period' | 'value' | 'band' | 'blank' | 'other';
  /** `2026-03` / `2026-W09` for a period, the value or the band's lower bound as text; '' for blank and other. */
  key: string;
  /** A period's first day and the next period's first day, `YYYY-MM-DD`. */
  start: string | null;
  end: string | null;
  /**
   * How many periods the row spans: 1, or more for a small first or last period merged into its
   * neighbour (so its few customers are shown within a larger row); 0 for column values.
   */
  periods: number;
  band: ValueBand | null;
  /** For `other`: how many small values it pools. */
  pooledValues: number;
  /** Null for a period withheld because 1 to minimum − 1 customers bought in it. */
  figures: BreakdownFigures | null;
}

/** Result of break_down_sales: aggregates only; groups declares the customers behind every figure. */
export interface BreakDownSalesData {
  dataset: string;
  currency: string;
  by: 'month' | 'week' | 'column';
  /** The customer column (as named in the data) for by "column". */
  column: string | null;
  /** Whether the column reads as ages in 10-year bands (20代 / 20s). */
  ageBands: boolean;
  /** Width of the numeric bands, null for text values and periods. */
  bandWidth: number | null;
  measure: BreakdownMeasure;
  /** First and last day counted, `YYYY-MM-DD` (the last is the last purchase in the data); null without purchases. */
  from: string | null;
  through: string | null;
  /** Periods asked for (or defaulted), null for a column breakdown over all purchases. */
  periods: number | null;
  /** Whether the range is the default one (not given in the call). */
  defaultRange: boolean;
  /** Whether the last period ends after `through` (it is not complete yet). */
  lastPeriodPartial: boolean;
  /** Periods in order; column values by the measure (bands in order), then blanks, then the pooled small values. */
  rows: BreakdownRow[];
  /**
   * Rows not shown: their customers were fewer than the minimum (pooled values are in `rows` as
   * `other`; small periods are merged into a neighbour, so only a range too small in all is withheld).
   */
  withheld: { rows: number };
  /**
   * Sum of the shown rows (with the pooled other); withheld rows are not in it. Null when the rows'
   * customers together differ from one row's by 1 to minimum − 1 (two weeks shown, the second adding
   * 18 customers): the total would then describe a group the differencing rule refuses beside that row.
   */
  total: BreakdownFigures | null;
  minimumGroupSize: number;
  /**
   * True when the range asked for is withheld as a whole: 1 to minimum − 1 of its buyers (in the
   * total or in a value) also bought before it, and the all-time figures minus these would give
   * their earlier spend. Rows are then empty.
   */
  narrowRange: boolean;
  groups: DeclaredGroup[];
}
