import { z } from 'zod';
import { campaignCostFields } from '../shared/campaign-model/campaign-cost-fields.ts';

/** Input of estimate_roi: the segment and the campaign's costs (shared with draft_campaign). */
export const estimateRoiSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Segment number to target (3 for S3); omit to compare every segment.'),
  ...campaignCostFields,
  target: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Which stored 0/1 prediction ranks who to contact, e.g. "responded"; default the latest response-like one.',
    ),
});

export type EstimateRoiInput = z.infer<typeof estimateRoiSchema>;
