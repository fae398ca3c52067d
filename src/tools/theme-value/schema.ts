import { z } from 'zod';

/** Input of compare_theme_value: which photo themes over-index among valuable (or responding) customers. */
export const themeValueSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  measure: z
    .enum(['lifetimeValue', 'spend', 'behavior'])
    .default('lifetimeValue')
    .describe(
      'Who counts as valuable: the top customers by 12-month CLV ("lifetimeValue"), by total spend ("spend"), or those with 1 in a 0/1 customer column ("behavior", e.g. responded).',
    ),
  behavior: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('The 0/1 customer column for measure "behavior", e.g. "responded"; ignored otherwise.'),
  topShare: z
    .number()
    .min(0.05)
    .max(0.5)
    .default(0.2)
    .describe('For CLV or spend: the top share of customers that counts as valuable (0.2 = top 20%).'),
});

export type ThemeValueInput = z.infer<typeof themeValueSchema>;
