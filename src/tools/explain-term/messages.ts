import { defineMessages } from '../../core/message-catalog.ts';

/** explain_term's texts for people (the terms themselves live in glossary-terms.ts). */
export const explainTermMessages = defineMessages({
  unknown: {
    ja: (p: { term: string; terms: string }) => `${p.term}は用語集にありません。説明できる用語: ${p.terms}。`,
    en: (p: { term: string; terms: string }) =>
      `${p.term} is not in Takumi's glossary. Terms I can explain: ${p.terms}.`,
  },
});
