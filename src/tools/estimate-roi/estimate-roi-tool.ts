import { defineTool } from '../takumi-tool.ts';
import { summarizeRoi } from './model-summary.ts';
import { presentRoi } from './present.ts';
import { runEstimateRoi } from './run.ts';
import { estimateRoiSchema } from './schema.ts';

export type { EstimateRoiData, SegmentRoiEstimate } from './result.ts';
export type { EstimateRoiInput } from './schema.ts';

/** ROI of a campaign for one segment, or each segment side by side, through the shared campaign model. */
export const estimateRoiTool = defineTool({
  name: 'estimate_roi',
  description:
    'Estimates the return on a campaign for a customer segment: ROI on profit = (incremental margin − cost) / cost, low/base/high, with break-even and the assumptions. ' +
    'Pass every cost the user states as numbers in the dataset currency (「費用50万円」 → totalCost 500000, 「予算30万」 → budget 300000, 「1人300円」 → costPerContact 300, 「15%割引」 → discountRate 0.15). ' +
    'The response is the incremental one (default 1–4%), never the share who responded. Omit "segment" to compare all segments.',
  schema: estimateRoiSchema,
  run: runEstimateRoi,
  summarize: summarizeRoi,
  present: presentRoi,
});
