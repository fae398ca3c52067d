import { z } from 'zod';

/** Input of predict_behavior. */
export const predictBehaviorSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  target: z
    .string()
    .min(1)
    .describe('The 0/1 customer column to predict, e.g. "responded" or "churned" (a column of the customers file).'),
});

export type PredictBehaviorInput = z.infer<typeof predictBehaviorSchema>;
