import type { Language } from '../../core/language.ts';

/** One suggested question, in both languages, and the capability it points to. */
export interface SuggestedQuestion {
  capability: string;
  question: Record<Language, string>;
}

/** suggest_questions' result: the closest questions Takumi can answer, built from the user's own figures. */
export interface SuggestQuestionsData {
  dataset: string | null;
  suggestions: SuggestedQuestion[];
}
