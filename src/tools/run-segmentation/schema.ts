import { z } from 'zod';

/** Input of run_segmentation. */
export const runSegmentationSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segments: z
    .number()
    .int()
    .min(2)
    .max(12)
    .optional()
    .describe('Number of customer segments; omit to let Takumi choose by silhouette.'),
  themes: z
    .number()
    .int()
    .min(2)
    .max(40)
    .optional()
    .describe('Number of visual photo themes; omit to choose automatically.'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .optional()
    .describe('Random seed for reproducible results; default 7.'),
});

export type RunSegmentationInput = z.infer<typeof runSegmentationSchema>;
