import type { DeclaredGroup } from '../declared-group.ts';
import type { SegmentCampaign } from '../shared/campaign-model/estimate-segment-campaign.ts';

/** One segment's campaign estimate through the shared model. */
export type SegmentRoiEstimate = SegmentCampaign;

/** Result of estimate_roi: segments ranked by base ROI, best first. */
export interface EstimateRoiData {
  runId: number;
  dataset: string;
  currency: string;
  estimates: SegmentRoiEstimate[];
  groups: DeclaredGroup[];
}
