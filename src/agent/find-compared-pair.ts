import { findSegmentMentions } from './find-segment-mentions.ts';

/** The two things a comparison question names: two segment numbers, or two photo themes (number or word). */
export type ComparedPair =
  | { kind: 'segment'; first: number; second: number }
  | { kind: 'theme'; first: number | string; second: number | string };

/** Words that ask for a comparison: 「違い」「比べて」「比較」, "compare", "vs", "difference". */
export const comparePattern =
  /違い|ちがい|違う|比べ|くらべ|比較|差は|差を|対比|compare|comparison|versus|\bvs\.?(?=\s|$)|differen|\bdiffer\b/u;

const joiner = String.raw`\s*(?:と|and|vs\.?|versus|対|、|,|&|/)\s*`;
const themeNumbers = new RegExp(
  String.raw`(?:テーマ|theme|\bt)\s*(\d{1,3})${joiner}(?:テーマ|theme|t)?\s*(\d{1,3})`,
  'u',
);
const word = String.raw`[\p{L}\p{N}ー・]+?`;
const themeWordsJa = new RegExp(String.raw`(${word})の?(?:写真の?)?テーマ${joiner}(${word})の?(?:写真の?)?テーマ`, 'u');
const themePairJa = new RegExp(String.raw`(${word})と(${word})の(?:写真の?)?テーマ`, 'u');
const themeWordsEn =
  /([a-z][a-z-]*) (?:photos? )?theme (?:and|vs\.?|versus|with|to) (?:the )?([a-z][a-z-]*) (?:photos? )?theme/u;
const themePairEn = /([a-z][a-z-]*) and (?:the )?([a-z][a-z-]*) (?:photos? )?themes/u;
const segmentPair = new RegExp(
  String.raw`(?:segments?|セグメント|クラスタ|グループ|層|(?<![a-z0-9])s)\s*(\d{1,3})${joiner}(?:segment|セグメント|クラスタ|グループ|層|s)?\s*(\d{1,3})(?!\d)`,
  'u',
);

/**
 * The pair a comparison question is about: 「S1とS2の違いは？」, "compare segment 1 and 2",
 * 「セグメント1と3を比べて」 → two segments; 「犬のテーマと猫のテーマの違い」, "dog theme vs cat theme",
 * 「テーマ0とテーマ2」 → two themes (words are matched to theme names by the tool). A question naming
 * one segment is compared with `lastSegment` (the one the conversation was about) when that differs.
 */
export function findComparedPair(question: string, lastSegment: number | null = null): ComparedPair | null {
  const text = question.normalize('NFKC').toLowerCase();
  if (!comparePattern.test(text)) return null;
  const numbers = themeNumbers.exec(text);
  if (numbers) return { kind: 'theme', first: Number(numbers[1]), second: Number(numbers[2]) };
  const themeWords =
    themeWordsJa.exec(text) ?? themeWordsEn.exec(text) ?? themePairJa.exec(text) ?? themePairEn.exec(text);
  if (themeWords && themeWords[1] !== themeWords[2])
    return { kind: 'theme', first: themeWords[1]!, second: themeWords[2]! };
  const pair = segmentPair.exec(text);
  if (pair && pair[1] !== pair[2]) return { kind: 'segment', first: Number(pair[1]), second: Number(pair[2]) };
  const mentioned = [...new Set(findSegmentMentions(text))];
  if (mentioned.length >= 2) return { kind: 'segment', first: mentioned[0]!, second: mentioned[1]! };
  if (mentioned.length === 1 && lastSegment !== null && lastSegment !== mentioned[0])
    return { kind: 'segment', first: lastSegment, second: mentioned[0]! };
  return null;
}
