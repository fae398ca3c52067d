import { z } from 'zod';

/** Input of break_down_sales: revenue, orders or customers over time or by a customer column. */
export const breakDownSalesSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  by: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe(
      'What to break down by: "month" (calendar months), "week" (ISO weeks, Monday to Sunday), or a customer column of the dataset such as "region" or "age" (numeric columns come in bands, ages as 20s/30s…). Words like 地域, 年代, 年齢 are matched to the column.',
    ),
  measure: z
    .enum(['revenue', 'orders', 'customers'])
    .default('revenue')
    .describe('What to compare: revenue (売上), orders (注文数), or customers who bought (購入客数).'),
  months: z
    .number()
    .int()
    .min(1)
    .max(60)
    .optional()
    .describe(
      'Look back this many calendar months, ending with the month of the last purchase in the data (not today). Default for by "month": 12; for a column: all purchases.',
    ),
  weeks: z
    .number()
    .int()
    .min(1)
    .max(104)
    .optional()
    .describe('For by "week": how many weeks back from the last purchase in the data (default 12).'),
});

export type BreakDownSalesInput = z.infer<typeof breakDownSalesSchema>;
