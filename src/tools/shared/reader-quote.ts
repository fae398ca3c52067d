import type { Language } from '../../core/language.ts';
import { pick } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';

/**
 * A name from the data (a dataset, what the model passed) quoted for a reader: 「shop」 in Japanese,
 * "shop" in English, on one line and capped like {@link quoteData}, whose cleaning it reuses.
 */
export function readerQuote(text: string, language: Language): string {
  const cleaned = JSON.parse(quoteData(text, 40)) as string;
  return pick(language, { ja: `「${cleaned}」`, en: `"${cleaned}"` });
}
