import type { Language } from '../../core/language.ts';
import { joinList, pick, translate } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';
import { defineTool, ToolInputError } from '../takumi-tool.ts';
import { readerQuote } from '../shared/reader-quote.ts';
import { findGlossaryTerms } from './find-glossary-terms.ts';
import { glossaryTerms } from './glossary-terms.ts';
import { explainTermMessages } from './messages.ts';
import type { ExplainTermData } from './result.ts';
import { explainTermSchema } from './schema.ts';

export type { ExplainTermData } from './result.ts';
export type { ExplainTermInput } from './schema.ts';

function present(data: ExplainTermData, language: Language): string {
  return data.terms.map((term) => `${term.name[language]}: ${term.definition[language]}`).join('\n\n');
}

/** Explains a term Takumi uses (CLV, AUC, ROI, churn risk, …) in plain words, from a fixed glossary. */
export const explainTermTool = defineTool({
  name: 'explain_term',
  description:
    'Explains, in plain words, a term used in Takumi answers: CLV, AUC, ROI, churn risk, P(alive), BG/NBD, RFM, segment, photo theme, lift, confidence interval, p-value, A/B test, response rate, minimum group size. Use for 「〜って何？」 / "what does … mean?".',
  schema: explainTermSchema,
  async run(input, context) {
    const found = findGlossaryTerms(input.term);
    if (found.length === 0)
      throw new ToolInputError(
        'TOOL_TERM_UNKNOWN',
        `Takumi's glossary has no entry for ${quoteData(input.term, 40)}. Known terms: ${joinList(
          glossaryTerms.map((term) => translate(term.name, 'en')),
          'en',
        )}. Explain it yourself only if it is general knowledge, briefly.`,
        {},
        {
          readerMessage: translate(explainTermMessages.unknown, context.language, {
            term: readerQuote(input.term, context.language),
            terms: joinList(
              glossaryTerms.map((term) => translate(term.name, context.language)),
              context.language,
            ),
          }),
        },
      );
    const result: ExplainTermData = {
      terms: found.map((term) => ({
        id: term.id,
        name: { ja: translate(term.name, 'ja'), en: translate(term.name, 'en') },
        definition: { ja: translate(term.definition, 'ja'), en: translate(term.definition, 'en') },
      })),
    };
    return { result, charts: [] };
  },
  // The model answers in the user's language: it gets the entry in that language too.
  summarize: (result, language) =>
    `Glossary (answer in the user's language, briefly, in your own words if you like):\n${present(result, 'en')}${pick(
      language,
      { ja: `\n\n${present(result, 'ja')}`, en: '' },
    )}`,
  present,
});
