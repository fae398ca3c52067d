import { defineTool } from '../takumi-tool.ts';
import { summarizeRoi } from './model-summary.ts';
import { presentRoi } from './present.ts';
import { runEstimateRoi } from './run.ts';
import { estimateRoiSchema } from './schema.ts';

export type { EstimateRoiData, SegmentRoiEstimate } from './result.ts';
export type { EstimateRoiInput } from './schema.ts';

/** ROI of targeting one segment, or of each segment side by side, with a low/base/high range. */
export const estimateRoiTool = defineTool({
  name: 'estimate_roi',
  description:
    'Estimates the return on investment of targeting a customer segment with an offer: reach, expected responders, incremental revenue, cost and ROI = (revenue − cost) / cost, as a low/base/high range with the assumptions listed. Omit "segment" to compare all segments and find where ROI is highest.',
  schema: estimateRoiSchema,
  run: runEstimateRoi,
  summarize: summarizeRoi,
  present: presentRoi,
});
