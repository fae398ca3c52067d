import { findPatternSpans } from './find-pattern-spans.ts';
import { foldText } from './fold-text.ts';
import { isNameColumnName, isPersonalColumnName } from './is-personal-column-name.ts';

/** How a customer-file column is treated: `name` values are split into their words too. */
export type PersonalColumnKind = 'name' | 'personal';

/** Options of {@link classifyPersonalColumns}. */
export interface ClassifyPersonalColumnsOptions {
  /** Share of a column's values that look like an e-mail, phone, postal code or address to make it personal. */
  contactShare: number;
  /** Share of values shaped like a person's name ("Hanako Sasaki", 「佐々木 花子」) to make it a name column. */
  nameShare: number;
  /** Free-text columns where nearly every customer has a value of their own hold identifiers. */
  distinctShare: number;
  /** …judged only with at least this many values (a 5-customer file has distinct prefectures too). */
  minimumValuesForDistinctRule: number;
}

export const defaultClassifyPersonalColumnsOptions: ClassifyPersonalColumnsOptions = {
  contactShare: 0.3,
  nameShare: 0.5,
  distinctShare: 0.9,
  minimumValuesForDistinctRule: 30,
};

const honorific = /(?:様|さま|さん|殿|氏|くん|ちゃん|先生)$/u;
const japaneseName =
  /^[\p{Script=Han}々ヶ]{1,4}[\s\u3000]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ー]{1,6}$|^[\p{Script=Katakana}ー]{2,8}[\s\u3000]+[\p{Script=Katakana}ー]{1,8}$|^[\p{Script=Hiragana}ー]{2,8}[\s\u3000]+[\p{Script=Hiragana}ー]{1,8}$/u;
const westernName =
  /^(?:[A-Z][a-z'’-]+|[A-Z]{2,})(?:,?\s+(?:[A-Z]\.|[A-Z][a-z'’-]+|[A-Z]{2,})){1,3}$|^[A-Z][a-z'’-]+,\s*[A-Z][a-z'’-]+$/u;
/** Numbers, amounts, dates and flags say nothing about a person on their own. */
const plainValue = /^(?:[-+]?\d+(?:[.,]\d+)*%?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ t][\d:.]+z?)?|true|false|yes|no)$/iu;

/** Whether a value is shaped like a person's name. */
export function looksLikePersonName(value: string): boolean {
  const text = value.normalize('NFKC').trim().replace(honorific, '').trim();
  return japaneseName.test(text) || westernName.test(text);
}

/** Whether patterns alone take most of a value for an e-mail, phone, postal code or address. */
export function looksLikeContact(value: string): boolean {
  const folded = foldText(value).trim();
  if (!folded) return false;
  const covered = findPatternSpans(folded)
    .filter((span) => span.kind !== 'personal')
    .reduce((sum, span) => sum + (span.end - span.start), 0);
  return covered >= folded.length * 0.5;
}

/**
 * Decides which columns of a customer file hold personal data, by name (see `isPersonalColumnName`)
 * and by content: a column whose values look like e-mails, phones or addresses, like people's
 * names, or that gives nearly every customer a free-text value of their own (ids, names written
 * without spaces) is personal whatever it is called — operators name columns 連絡先, `contact`,
 * `col7` or `備考`. `values` maps each column to its non-empty text values.
 */
export function classifyPersonalColumns(
  values: ReadonlyMap<string, readonly string[]>,
  options: Partial<ClassifyPersonalColumnsOptions> = {},
): Map<string, PersonalColumnKind> {
  const settings = { ...defaultClassifyPersonalColumnsOptions, ...options };
  const kinds = new Map<string, PersonalColumnKind>();
  for (const [column, columnValues] of values) {
    if (isNameColumnName(column)) {
      kinds.set(column, 'name');
      continue;
    }
    const texts = columnValues.map((value) => value.trim()).filter(Boolean);
    // Judged on up to 2,000 values: enough for the shares, cheap for 235,000 customers.
    const sample =
      texts.length > 2000 ? texts.filter((_, index) => index % Math.ceil(texts.length / 2000) === 0) : texts;
    const share = (test: (value: string) => boolean): number =>
      sample.length === 0 ? 0 : sample.filter(test).length / sample.length;
    if (sample.length > 0 && share(looksLikePersonName) >= settings.nameShare) {
      kinds.set(column, 'name');
      continue;
    }
    if (isPersonalColumnName(column)) {
      kinds.set(column, 'personal');
      continue;
    }
    if (sample.length > 0 && share(looksLikeContact) >= settings.contactShare) {
      kinds.set(column, 'personal');
      continue;
    }
    const free = texts.filter((value) => !plainValue.test(value));
    if (
      free.length >= settings.minimumValuesForDistinctRule &&
      free.length >= texts.length * 0.9 &&
      new Set(free).size >= free.length * settings.distinctShare
    )
      kinds.set(column, 'personal');
  }
  return kinds;
}
