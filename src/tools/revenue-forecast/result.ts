import type { ForecastRange } from '../../engine/churn/simulate-revenue-forecast.ts';
import type { DeclaredGroup } from '../declared-group.ts';

/** The tool's typed result (views read only this). */
export interface ForecastRevenueData {
  dataset: string;
  runId: number;
  periodMonths: number;
  customers: number;
  revenue: ForecastRange;
  purchases: ForecastRange;
  /** Σ P(buy again in the period): how many of today's customers are expected to buy. */
  expectedBuyers: number;
  /** Revenue of past periods of the same length, oldest first; the last is the most recent. */
  pastRevenue: number[];
  intervalLevel: number;
  simulations: number;
  /** ISO 4217 code of the dataset's amounts. */
  currency: string;
  /** Everyone the forecast and past revenue add up (a customer more or less changes the totals by theirs). */
  groups: DeclaredGroup[];
}
