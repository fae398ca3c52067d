import { isCommonWord } from './common-words.ts';
import type { PersonalColumnKind } from '../data/privacy/classify-personal-columns.ts';
import type { SensitiveValue } from './sensitive-value-index.ts';

/** Common Japanese family names, to split a 氏名 stored without a space (「佐々木花子」 → 佐々木 + 花子). */
const commonFamilyNames = new Set(
  (
    '佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 橋本 阿部 ' +
    '石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 岡本 藤原 ' +
    '中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 ' +
    '谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 ' +
    '松尾 菊地 野村 新井 渡部 鏑木'
  ).split(' '),
);
const japaneseOnly = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー]+$/u;
const separator = /[\s\u3000・,、]+/u;

/** Context shared by the values of one load: family names seen written with a space. */
export interface ValueFormContext {
  familyNames: Set<string>;
}

/** A fresh context, seeded with the common family names. */
export function createValueFormContext(): ValueFormContext {
  return { familyNames: new Set(commonFamilyNames) };
}

/** Learns family names from values written with a space (「佐々木 花子」), before {@link personalValueForms} runs. */
export function learnFamilyName(value: string, context: ValueFormContext): void {
  const words = value.normalize('NFKC').trim().split(separator).filter(Boolean);
  if (words.length === 2 && japaneseOnly.test(words[0]!) && words[0]!.length <= 4) context.familyNames.add(words[0]!);
}

/**
 * Every form in which a person would type a personal value, for the known-value index:
 *
 * - names: the whole name (any case and spacing), its words in either order, each word alone
 *   (「佐々木様」, "Quixwright"), and for a Japanese name stored without a space its likely
 *   family and given names; English words that are also ordinary words ("Will", "Price") only as
 *   written, capitalised or in capitals;
 * - other values: the value, and its digits alone when it is mostly digits (a phone or postal code
 *   typed without separators), and its local part for an e-mail address; dates also in the forms
 *   people write them (1985/04/12, 1985年4月12日, 19850412).
 */
export function personalValueForms(
  value: string,
  kind: PersonalColumnKind,
  context: ValueFormContext,
): SensitiveValue[] {
  const text = value.normalize('NFKC').trim();
  if (!text) return [];
  return kind === 'name' ? nameForms(text, context) : otherForms(text);
}

function nameForms(text: string, context: ValueFormContext): SensitiveValue[] {
  const words = text.split(separator).filter(Boolean);
  // A one-word value is just its word (below); a longer name is matched whole in any case.
  const forms: SensitiveValue[] = words.length > 1 ? [{ value: words.join(' ') }] : [];
  if (words.length === 2) {
    // "Price Will" reversed is also an English phrase ("price will rise"): matched only as written then.
    const ordinary = words.every((word) => wordForm(word).caseSensitive);
    forms.push({ value: `${words[1]} ${words[0]}`, ...(ordinary ? { caseSensitive: true } : {}) });
  }
  for (const word of words) forms.push(wordForm(word));
  if (words.length === 1 && japaneseOnly.test(text) && text.length >= 3 && text.length <= 8) {
    for (const [family, given] of splitJapaneseName(text, context.familyNames)) {
      forms.push({ value: family }, { value: `${family} ${given}` });
      if (given.length >= 2) forms.push({ value: given });
    }
  }
  return forms;
}

/** A single word of a name: everywhere in any case, unless it is also an ordinary English word. */
function wordForm(word: string): SensitiveValue {
  return /^[a-z'’-]+$/i.test(word) && isCommonWord(word) ? { value: word, caseSensitive: true } : { value: word };
}

/**
 * Likely (family, given) splits of a Japanese name without a space: at a known family name when one
 * is its prefix, else after two and after three characters (most family names have two).
 */
function splitJapaneseName(name: string, familyNames: ReadonlySet<string>): [string, string][] {
  const known = [4, 3, 2, 1]
    .filter((length) => length < name.length && familyNames.has(name.slice(0, length)))
    .map((length): [string, string] => [name.slice(0, length), name.slice(length)]);
  if (known.length > 0) return known.slice(0, 1);
  return [2, 3]
    .filter((length) => name.length - length >= 1)
    .map((length): [string, string] => [name.slice(0, length), name.slice(length)]);
}

function otherForms(text: string): SensitiveValue[] {
  const forms: SensitiveValue[] = [{ value: text }];
  const digits = text.replace(/\D/g, '');
  if (digits.length >= 7 && digits.length >= text.replace(/\s/g, '').length * 0.6 && digits !== text)
    forms.push({ value: digits });
  const email = /^([^@\s]+)@[^@\s]+$/u.exec(text);
  if (email && email[1]!.length >= 6) forms.push({ value: email[1]! });
  const date = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  if (date) {
    const [, year, month, day] = date as unknown as [string, string, string, string];
    const two = (part: string): string => part.padStart(2, '0');
    forms.push(
      { value: `${year}-${two(month)}-${two(day)}` },
      { value: `${year}/${two(month)}/${two(day)}` },
      { value: `${year}/${Number(month)}/${Number(day)}` },
      { value: `${year}年${Number(month)}月${Number(day)}日` },
      { value: `${year}${two(month)}${two(day)}` },
    );
  }
  return forms;
}
