import type { RoiEstimate } from '../../engine/roi/estimate-roi.ts';

/** Where a segment's response rate came from. */
export type ResponseSource =
  | { kind: 'given' }
  | { kind: 'predicted'; target: string; runId: number }
  | { kind: 'assumed' };

/** Where the value of one responder came from, and the amount. */
export interface ValueSource {
  kind: 'given' | 'lifetime-value' | 'average-purchase';
  amount: number;
}

/** One segment's ROI range. */
export interface SegmentRoiEstimate {
  segment: number;
  label: string;
  size: number;
  responseSource: ResponseSource;
  valueSource: ValueSource;
  costPerContact: number;
  roi: RoiEstimate;
}

/** Result of estimate_roi: segments ranked by base ROI, best first. */
export interface EstimateRoiData {
  runId: number;
  dataset: string;
  /** True when no cost per contact was given and 10% of the average purchase was assumed. */
  costAssumed: boolean;
  fixedCost: number;
  estimates: SegmentRoiEstimate[];
  groups: { label: string; size: number }[];
}
