/** The two languages Takumi answers in. */
export type Language = 'ja' | 'en';

/** Every language, e.g. to check that a catalog entry has each one. */
export const languages = ['ja', 'en'] as const satisfies readonly Language[];

/** Hiragana, katakana (incl. half-width), CJK ideographs and the iteration mark 々. */
const japaneseCharacter =
  /[\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]/u;

/**
 * Japanese when the text contains any kana or kanji, otherwise English. A single Japanese character
 * is enough on purpose: Japanese users often mix in English terms (「ROIは？」), English users never
 * type kana by accident.
 */
export function detectLanguage(text: string): Language {
  return japaneseCharacter.test(text) ? 'ja' : 'en';
}
