import { z } from 'zod';

/** explain_term's input: the word to explain, as the user wrote it. */
export const explainTermSchema = z.object({
  term: z
    .string()
    .min(1)
    .max(200)
    .describe('The word or abbreviation to explain, as the user wrote it, e.g. "CLV", "AUC", 「ROI」, 「解約リスク」.'),
});

export type ExplainTermInput = z.infer<typeof explainTermSchema>;
