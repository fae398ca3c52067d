import { z } from 'zod';
import { campaignCostFields } from '../shared/campaign-model/campaign-cost-fields.ts';

/** Input of simulate_what_if: the audience and the offer (costs shared with estimate_roi and draft_campaign). */
export const whatIfSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Segment to make the offer to (2 for S2); omit for every customer of the dataset.'),
  ...campaignCostFields,
});

export type WhatIfToolInput = z.infer<typeof whatIfSchema>;
