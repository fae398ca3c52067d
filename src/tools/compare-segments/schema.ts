import { z } from 'zod';

const group = z
  .union([z.number().int().min(0), z.string().trim().min(1).max(60)])
  .describe(
    'For segments the segment number (1 for S1). For themes a theme number (0 for T0) or a word of its name, e.g. "dog" or 「犬」.',
  );

/** Input of compare_segments. */
export const compareSegmentsSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  kind: z
    .enum(['segment', 'theme'])
    .optional()
    .describe(
      '"segment" (default) compares two customer segments; "theme" compares the customers of two photo themes.',
    ),
  first: group,
  second: group,
});

export type CompareSegmentsInput = z.infer<typeof compareSegmentsSchema>;
