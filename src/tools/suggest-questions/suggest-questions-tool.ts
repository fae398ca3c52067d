import type { Language } from '../../core/language.ts';
import { defineTool } from '../takumi-tool.ts';
import type { SuggestQuestionsData } from './result.ts';
import { runSuggestQuestions } from './run.ts';
import { suggestQuestionsSchema } from './schema.ts';

export type { SuggestQuestionsData } from './result.ts';
export type { SuggestQuestionsInput } from './schema.ts';

function present(data: SuggestQuestionsData, language: Language): string {
  return data.suggestions.map((suggestion) => `• ${suggestion.question[language]}`).join('\n');
}

/**
 * For a question no tool answers: the two or three closest things Takumi can do, as example questions
 * built from the user's own figures (segment, discount, budget, period, customer count), never a generic list.
 */
export const suggestQuestionsTool = defineTool({
  name: 'suggest_questions',
  description:
    "When no other tool fits the user's question (or they ask what you can do), returns the 2–3 closest questions Takumi can answer, phrased with the user's own figures (pass the segment, discount, budget and period the question names) and the dataset's segments, to offer as next questions.",
  schema: suggestQuestionsSchema,
  run: runSuggestQuestions,
  // The model offers them in the user's language: it gets them in that language.
  summarize: (result, language) =>
    `Closest questions Takumi can answer (offer them as they are, in the user's language):\n${present(result, language)}`,
  present,
});
