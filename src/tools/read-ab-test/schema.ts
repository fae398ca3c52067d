import { z } from 'zod';

const count = (what: string) => z.number().int().min(0).optional().describe(what);

/** Input of read_ab_test: the four counts from the question, or a results file. */
export const readAbTestSchema = z.object({
  controlSize: count('Customers in the control arm (no offer), e.g. 「対照 2000人中120人」 → 2000.'),
  controlConversions: count('Conversions in the control arm, e.g. 「対照 2000人中120人」 → 120.'),
  treatmentSize: count('Customers in the treatment arm, e.g. 「施策 2000人中156人」 → 2000.'),
  treatmentConversions: count('Conversions in the treatment arm, e.g. 「施策 2000人中156人」 → 156.'),
  resultsFile: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      "Instead of the counts: a CSV's file name in Takumi's A/B folder (columns customer_id, arm, converted, revenue optional).",
    ),
  confidenceLevel: z.number().gt(0.5).lt(1).optional().describe('Confidence level of the interval; default 0.95.'),
  minimumWorthwhileLift: z
    .number()
    .min(0)
    .lt(1)
    .optional()
    .describe('Smallest lift in absolute points worth having (0.01 = 1 point); default 0.01.'),
});

export type ReadAbTestInput = z.infer<typeof readAbTestSchema>;
