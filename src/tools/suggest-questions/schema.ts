import { z } from 'zod';

/** suggest_questions' input: the question no other tool answers, and the figures it carries. */
export const suggestQuestionsSchema = z.object({
  question: z.string().max(2000).describe("The user's question that no other tool answers, word for word."),
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('A segment number the question names (2 for S2), so the suggestions use it.'),
  discountRate: z
    .number()
    .gt(0)
    .lt(1)
    .optional()
    .describe('A discount the question names, as a fraction (「20%割引」 → 0.2), so the suggestions use it.'),
  budget: z
    .number()
    .positive()
    .optional()
    .describe('A budget or spend the question names, in the dataset currency, so the suggestions use it.'),
  periodMonths: z.number().int().min(1).max(12).optional().describe('A period the question names, in months.'),
});

export type SuggestQuestionsInput = z.infer<typeof suggestQuestionsSchema>;
