/** What a redaction replaced; the marker in the text is `[redacted:<kind>]`. */
export type RedactionKind = 'email' | 'phone' | 'path' | 'address' | 'personal' | 'attachment';

/** A span of a folded text to replace, [start, end). */
export interface KindedSpan {
  start: number;
  end: number;
  kind: RedactionKind;
}

const han = '\\p{Script=Han}々〆ヶ';
const kana = '\\p{Script=Hiragana}\\p{Script=Katakana}ー';
const kanjiDigits = '〇一二三四五六七八九十';
const number = `(?:\\d{1,4}|[${kanjiDigits}]{1,3})`;
const blockUnit = '(?:丁目|番地|番|号|条|線|地割)';
const notWord = '(?<![\\p{L}\\p{N}_])';

/**
 * Patterns run on the folded text (see `foldTextWithOffsets`: ASCII digits, '-', lower-case letters,
 * katakana). Every quantifier is bounded or stops at a character the next part cannot start with, so
 * each pattern runs in time linear in the text (a 40,000-kanji message must not take seconds).
 */
const patterns: { kind: RedactionKind; pattern: RegExp; accept?: (match: string) => boolean }[] = [
  { kind: 'attachment', pattern: /data:[a-z0-9.+/-]{0,100}(?:;[a-z0-9=.+-]{1,100}){0,8};base64,[a-z0-9+/=]+/gu },
  // Windows drive paths, UNC paths, absolute POSIX / home paths with at least two segments.
  { kind: 'path', pattern: new RegExp(`${notWord}[a-z]:[\\\\/][^\\s"'<>|,;、。）)]*`, 'gu') },
  { kind: 'path', pattern: /\\\\[^\s\\"']+\\[^\s"'<>|,;、。）)]*/gu },
  { kind: 'path', pattern: /(?<![\p{L}\p{N}_:/.~-])~?\/(?:[^\s/"'<>|,;、。）)]+\/)+[^\s/"'<>|,;、。）)]*/gu },
  // Japanese postal codes ('ー' between digits is folded to '-').
  { kind: 'address', pattern: /〒\s?\d{3}-?\d{4}/gu },
  { kind: 'address', pattern: /(?<![\d-])\d{3}-\d{4}(?![\d-])/gu },
  // Street addresses: (prefecture) city/ward/town + blocks: 港区六本木6-10-1, 札幌市中央区北2条西2丁目6番地.
  {
    kind: 'address',
    pattern: new RegExp(
      `(?:[${han}]{2,3}[都道府県])?[${han}${kana}]{1,10}[市区町村郡][${han}${kana}]{0,12}${number}(?:${blockUnit}|-\\d{1,4})(?:[${han}${kana}]{0,4}${number}${blockUnit}?|-\\d{1,4}){0,6}(?:[${han}${kana}\\d-]{0,20}\\d{1,4}(?:号室|階|f))?`,
      'gu',
    ),
  },
  // Blocks without a city: 北2条西2丁目6番地, 2丁目6-3.
  {
    kind: 'address',
    pattern: new RegExp(
      `(?:[${han}]{0,3}\\d{1,4}条)?[${han}]{0,3}${number}丁目(?:${number}(?:番地|番|号)?|-\\d{1,4}){0,4}`,
      'gu',
    ),
  },
  // English street addresses: "12 Main Street", "1600 Pennsylvania Ave".
  {
    kind: 'address',
    pattern:
      /\b\d{1,5}\s{1,3}(?:[a-z][a-z'.-]{0,30}\s{1,3}){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy)\b\.?/gu,
  },
  // "customer 10234", "顧客ID: C01": an id named as one, however short. A count with grouped digits
  // (「既存顧客2,357人」, "customer 1,250") is not an id followed by a comma.
  {
    kind: 'personal',
    pattern:
      /(?:\b(?:customer|client|member|user)|顧客|会員|お客様|お客さま|オ客様|オ客サマ)(?:\s{0,3}(?:id|no\.?|number|番号|コード|ｉｄ))?\s{0,3}[:：#＃]?\s{0,3}(?=[a-z_-]{0,16}\d)[a-z0-9][a-z0-9_-]{0,15}(?![\p{L}\p{N}_]|(?<=[^a-z_-]\d{1,3}),\d{3}(?!\d))/gu,
  },
  // Phones: Japanese 0 + 9–10 digits in any grouping ('-', '.', space, (090)…), international, North American.
  {
    kind: 'phone',
    pattern: /(?<!\d\.)(?<![\d\w-])\(?0\d{1,4}\)?[-. ]?\(?\d{1,4}\)?[-. ]?\d{3,4}(?![\d\w-])/gu,
    accept: (match) => digitCount(match) >= 10 && digitCount(match) <= 11,
  },
  {
    kind: 'phone',
    pattern: /(?<![\d\w])\+\d{1,3}[-. ]?(?:\(0\))?\(?\d{1,4}\)?(?:[-. ]?\d{2,4}){2,4}(?![\d\w])/gu,
    accept: (match) => digitCount(match) >= 8,
  },
  { kind: 'phone', pattern: /(?<![\d\w-])(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d\w-])/gu },
];

const photoOrTableExtension = /\.(?:jpe?g|png|gif|webp|heic|heif|bmp|tiff?|avif|csv|tsv|xlsx?)(?![\p{L}\p{N}_])/gu;
const fileNameCharacter = /[\p{L}\p{N}_.\\/~@+-]/u;
const emailLocalCharacter = /[\p{L}\p{N}._%+-]/u;
const asciiLabelCharacter = /[a-z0-9-]/;
const otherLabelCharacter = /[\p{L}\p{N}\p{M}]/u;

function digitCount(text: string): number {
  let count = 0;
  for (const character of text) if (character >= '0' && character <= '9') count += 1;
  return count;
}

/** Every pattern match in a folded text (lower-cased), overlapping spans included. */
export function findPatternSpans(folded: string): KindedSpan[] {
  const spans: KindedSpan[] = [];
  for (const { kind, pattern, accept } of patterns) {
    for (const match of folded.matchAll(pattern)) {
      if (match[0].length > 0 && (!accept || accept(match[0])))
        spans.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  findEmails(folded, spans);
  findFileNames(folded, spans);
  return spans;
}

/**
 * E-mail addresses, ASCII or not (hanako@例え.jp, 花子@example.com), found from each '@' outwards with
 * bounded walks: a regex starting anywhere would rescan the same run of letters from every position.
 * A domain label is a run of ASCII or of other letters, so 「hanako@例え.jpに送って」 stops at 「に」.
 */
function findEmails(text: string, spans: KindedSpan[]): void {
  // Walks never go back over the previous address, so a run of '@'s costs what its length does.
  let floor = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && at - start < 64 && emailLocalCharacter.test(text[start - 1]!)) start -= 1;
    if (start === at) continue;
    let end = at + 1;
    let labels = 0;
    for (;;) {
      const labelStart = end;
      const first = text[end];
      if (first === undefined) break;
      const characters = asciiLabelCharacter.test(first)
        ? asciiLabelCharacter
        : otherLabelCharacter.test(first)
          ? otherLabelCharacter
          : null;
      if (!characters) break;
      while (end < text.length && end - labelStart < 63 && characters.test(text[end]!)) end += 1;
      labels += 1;
      if (text[end] !== '.' || end + 1 >= text.length) break;
      const afterDot = text[end + 1]!;
      if (!asciiLabelCharacter.test(afterDot) && !otherLabelCharacter.test(afterDot)) break;
      end += 1;
    }
    if (labels >= 2) {
      spans.push({ start, end, kind: 'email' });
      floor = end;
    }
  }
}

/** File names with a photo or customer-table extension (they may carry a person's name), walked back from the extension. */
function findFileNames(text: string, spans: KindedSpan[]): void {
  let floor = 0;
  for (const match of text.matchAll(photoOrTableExtension)) {
    let start = match.index;
    while (start > floor && match.index - start < 255 && fileNameCharacter.test(text[start - 1]!)) start -= 1;
    if (start < match.index || (floor > 0 && start === floor)) {
      spans.push({ start, end: match.index + match[0].length, kind: 'path' });
      floor = match.index + match[0].length;
    }
  }
}
