import type { Language } from './language.ts';

/**
 * Texts people read, in both languages. A catalog is a plain object of entries, one per feature
 * (e.g. `segmentationMessages`); an entry is `{ ja, en }`, each a string or, when it takes
 * parameters, a function of one typed parameter object. There are no plural rules: English texts
 * are written so that one form reads right for every count ("customers: 3", "3 of 40").
 *
 * This module is the only place that compares a language with a literal (see the test that greps
 * for `=== 'ja'`): everything else picks by language through {@link translate} or {@link pick}.
 *
 * ```ts
 * export const roiMessages = defineMessages({
 *   title: { ja: 'ROIの見込み', en: 'Expected ROI' },
 *   spend: { ja: (p: { yen: string }) => `費用 ${p.yen}`, en: (p: { yen: string }) => `Spend ${p.yen}` },
 * });
 * translate(roiMessages.spend, 'ja', { yen: '¥1,000' }); // '費用 ¥1,000'
 * ```
 */
export type Message<Params = never> = Readonly<Record<Language, MessageText<Params>>>;

/** One language's side of a {@link Message}: a string, or a function of the entry's parameters. */
export type MessageText<Params> = string | ((params: Params) => string);

/** Any entry, whatever its parameters. */
export type AnyMessage = Readonly<Record<Language, MessageText<never>>>;

/** The parameter object an entry takes; `void` when neither side is a function. */
export type MessageParams<M extends AnyMessage> = [Extract<M[Language], (params: never) => string>] extends [never]
  ? undefined
  : Parameters<Extract<M[Language], (params: never) => string>>[0];

/** A warning or notice as data, translated only when presented: `{ code: 'ROI_SMALL_GROUP', params }`. */
export interface CodedMessage<Code extends string = string, Params = Readonly<Record<string, unknown>>> {
  code: Code;
  params: Params;
}

/** The catalog for a union of coded messages: one entry per code, taking that code's params. */
export type CodedCatalog<Coded extends CodedMessage> = {
  readonly [C in Coded['code']]: Message<Extract<Coded, { code: C }>['params']>;
};

/** Declares a catalog; the identity, there for the entries' types (parameters are inferred). */
export function defineMessages<Catalog extends Readonly<Record<string, AnyMessage>>>(catalog: Catalog): Catalog {
  return catalog;
}

/** An entry in the given language, with its parameters filled in. */
export function translate<M extends AnyMessage>(
  message: M,
  language: Language,
  ...params: MessageParams<M> extends void ? [] : [params: MessageParams<M>]
): string {
  const text = message[language] as MessageText<unknown>;
  return typeof text === 'function' ? text(params[0]) : text;
}

/** A coded message (a warning from the engine, a notice from a tool) through its catalog. */
export function translateCoded<Coded extends CodedMessage>(
  catalog: CodedCatalog<Coded>,
  coded: Coded,
  language: Language,
): string {
  const message = catalog[coded.code as Coded['code']] as Message<Coded['params']>;
  const text = message[language];
  return typeof text === 'function' ? text(coded.params) : text;
}

/** Any language-dependent value that is not a text (a separator, a word order, a list of names). */
export function pick<Value>(language: Language, values: Readonly<Record<Language, Value>>): Value {
  return values[language];
}

/** The BCP 47 locale for `Intl` (numbers, money, dates, lists) in a language. */
export function localeOf(language: Language): 'ja-JP' | 'en-US' {
  return language === 'ja' ? 'ja-JP' : 'en-US';
}

/** Items joined as a person writes a list: 「A、B、C」 or "A, B and C". */
export function joinList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(items);
}
