import { glossaryTerms, type GlossaryTerm } from './glossary-terms.ts';

/** The glossary entries a text mentions, in catalog order (at most two). NFKC and lower case first. */
export function findGlossaryTerms(text: string): GlossaryTerm[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  return glossaryTerms.filter((term) => term.pattern.test(normalized)).slice(0, 2);
}
