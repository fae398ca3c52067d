/** A photo theme a question names: by number (「テーマ3」, "theme 3", T3) or by what it shows (「犬のテーマ」). */
export type ThemeMention = { id: number } | { name: string };

const numbered = [/(?:テーマ|theme)\s*(?:#|no\.?|番号)?\s*(\d{1,3})(?!\d)/gu, /(?<![a-z0-9])t(\d{1,2})(?![0-9])/gu];
// 「犬のテーマ」「犬の写真のテーマ」, "the dog theme", "dog photo theme", "theme of dogs".
const named = [
  // The Japanese name is the run of kanji / katakana before の (a particle before it is not part of it).
  /([\p{Script=Han}\p{Script=Katakana}ー]{1,12}|[a-z][a-z-]{1,20})の(?:写真の)?テーマ/gu,
  /\b(?:the\s+)?([a-z][a-z-]{1,20})\s+(?:photos?\s+|pictures?\s+)?theme\b(?!\s*(?:#|no\.?)?\s*\d)/gu,
  /\btheme\s+(?:of|with)\s+([a-z][a-z-]{1,20})/gu,
];
// Words that sit before 「のテーマ」 / "theme" without naming what the photos show.
const notAName =
  /^(?:この|その|あの|どの|写真|画像|各|全|同じ|次|最大|一番|photo|picture|image|visual|each|every|which|what|that|this|the|a|same|biggest|top|main|first|second|ほか|他)$/u;

/**
 * Photo themes a question names, in reading order. Full-width digits count (NFKC). Names are the
 * asker's own word (「犬」, "dog"); the tool matches them against the run's theme names.
 */
export function findThemeMentions(text: string): ThemeMention[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const found: { index: number; mention: ThemeMention }[] = [];
  for (const pattern of numbered)
    for (const match of normalized.matchAll(pattern))
      found.push({ index: match.index, mention: { id: Number(match[1]) } });
  for (const pattern of named)
    for (const match of normalized.matchAll(pattern)) {
      const word = match[1]!.replace(/^(?:どの|この|その|あの)/u, '');
      if (word.length === 0 || notAName.test(word) || /\d/u.test(word)) continue;
      if (found.some((entry) => Math.abs(entry.index - match.index) < 2)) continue;
      found.push({ index: match.index, mention: { name: word.replace(/s$/u, '') } });
    }
  return found.sort((left, right) => left.index - right.index).map((entry) => entry.mention);
}
