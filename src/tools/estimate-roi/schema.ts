import { z } from 'zod';

/** Input of estimate_roi: every number optional, with the default the description states. */
export const estimateRoiSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Segment number to target (3 for S3); omit to compare every segment.'),
  costPerContact: z
    .number()
    .min(0)
    .optional()
    .describe('Cost of contacting one customer (discount, postage, ad cost). Default: 10% of the average purchase.'),
  fixedCost: z.number().min(0).optional().describe('Fixed campaign cost (design, set-up). Default 0.'),
  responseRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      "Expected share that responds, 0–1. Default: the segment's predicted rate from the latest prediction, else 5% (2–8%).",
    ),
  baselineResponseRate: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Share that would respond without the offer (control group), 0–1. Default 0.'),
  valuePerResponder: z
    .number()
    .min(0)
    .optional()
    .describe("Revenue one responder brings. Default: the segment's mean 12-month CLV, else its average purchase."),
  target: z
    .string()
    .min(1)
    .optional()
    .describe('Which predicted 0/1 behavior gives the response rate, e.g. "responded"; default the latest prediction.'),
});

export type EstimateRoiInput = z.infer<typeof estimateRoiSchema>;
