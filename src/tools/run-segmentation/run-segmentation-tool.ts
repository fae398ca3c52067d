import { defineTool } from '../takumi-tool.ts';
import { summarizeSegmentation } from './model-summary.ts';
import { presentSegmentation } from './present.ts';
import { runSegmentation } from './run.ts';
import { runSegmentationSchema } from './schema.ts';

export type { RunSegmentationData } from './result.ts';
export type { RunSegmentationInput } from './schema.ts';

/** Segments the customers of a dataset (themes → features → CLV → segments) and stores the run. */
export const runSegmentationTool = defineTool({
  name: 'run_segmentation',
  description:
    "Groups the customers of a dataset into segments from their photos (visual themes), posting and purchase behavior (RFM) and lifetime value. Returns each segment's size, behavior and value. Run this before describing segments, predicting behavior, estimating ROI or drafting campaigns.",
  schema: runSegmentationSchema,
  run: runSegmentation,
  summarize: summarizeSegmentation,
  present: presentSegmentation,
});
