import type { DeclaredGroup } from '../declared-group.ts';
import type { ChurnRiskResult } from './build-churn-risk-result.ts';

/** The tool's typed result (views read only this). */
export type ChurnRiskData = ChurnRiskResult & {
  dataset: string;
  runId: number;
  segment: number | null;
  /** The segment's descriptive name when one segment was asked about (id in brackets), else null. */
  segmentName: string | null;
  /** ISO 4217 code of the dataset's amounts. */
  currency: string;
  minimumGroupSize: number;
  groups: DeclaredGroup[];
};
