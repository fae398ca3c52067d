import { z } from 'zod';

/** Input of design_ab_test. */
export const designAbTestSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z.number().int().min(0).optional().describe('Segment to test in (2 for S2); omit for every customer.'),
  minimumDetectableLift: z
    .number()
    .gt(0)
    .lt(1)
    .optional()
    .describe(
      'Smallest increase in the conversion rate worth detecting, in absolute points as a share: 「2ポイント」 / "+2 points" → 0.02. Default: the campaign model base case, 0.02.',
    ),
  baselineRate: z
    .number()
    .gt(0)
    .lt(1)
    .optional()
    .describe(
      'Conversion rate expected without the offer, e.g. 0.05; default from the response prediction, else 0.05.',
    ),
  power: z.number().gt(0).lt(1).optional().describe('Chance to detect the lift if it is real; default 0.8.'),
  alpha: z.number().gt(0).lt(0.5).optional().describe('Two-sided significance level; default 0.05.'),
});

export type DesignAbTestInput = z.infer<typeof designAbTestSchema>;
