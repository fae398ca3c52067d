import { z } from 'zod';

/** Input of cohort_retention: how many first-purchase months (rows) and months after them (columns). */
export const cohortRetentionSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  maxCohorts: z
    .number()
    .int()
    .min(2)
    .max(24)
    .default(12)
    .describe(
      'At most this many first-purchase months are shown as rows, newest first-purchase months kept; older ones become one "and earlier" row (default 12).',
    ),
  monthsAfter: z
    .number()
    .int()
    .min(1)
    .max(24)
    .default(12)
    .describe('How many months after the first purchase to follow, as columns (default 12).'),
});

export type CohortRetentionInput = z.infer<typeof cohortRetentionSchema>;
