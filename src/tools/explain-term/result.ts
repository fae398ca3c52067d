import type { Language } from '../../core/language.ts';

/** explain_term's result: the glossary entries found, in both languages. */
export interface ExplainTermData {
  terms: { id: string; name: Record<Language, string>; definition: Record<Language, string> }[];
}
