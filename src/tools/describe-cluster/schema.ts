import { z } from 'zod';

/** Input of describe_cluster. */
export const describeClusterSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  kind: z
    .enum(['segment', 'theme'])
    .describe('"segment" for a customer segment (S0, S1, …) or "theme" for a visual photo theme (T0, T1, …).'),
  id: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('The segment or theme number, e.g. 3 for S3 or T3. For a theme, give this or themeName.'),
  themeName: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('For kind "theme" without an id: what the photos show, in the asker\'s words ("犬", "dog", "food").'),
  runId: z.number().int().positive().optional().describe('A specific segmentation run; omit for the latest.'),
});

export type DescribeClusterInput = z.infer<typeof describeClusterSchema>;
