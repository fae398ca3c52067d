import { foldText } from './fold-text.ts';
import type { SensitiveValueIndex } from './sensitive-value-index.ts';

/** What a redaction replaced; the marker in the text is `[redacted:<kind>]`. */
export type RedactionKind = 'email' | 'phone' | 'path' | 'address' | 'personal' | 'attachment';

/** A redacted text and how many of each kind were replaced. */
export interface RedactionResult {
  text: string;
  counts: Partial<Record<RedactionKind, number>>;
}

const han = '\\p{Script=Han}';
const kana = '\\p{Script=Hiragana}\\p{Script=Katakana}ー';
const notWord = '(?<![\\p{L}\\p{N}_])';
const notWordAfter = '(?![\\p{L}\\p{N}_])';
const fileCharacters = '[\\p{L}\\p{N}_.\\/\\\\~@+-]';

/**
 * Patterns run on the folded text (see {@link foldText}: ASCII digits, `-`, lower-case letters).
 * Order matters only for ties: overlapping matches keep the earliest, then the longest.
 */
const patterns: { kind: RedactionKind; pattern: RegExp; accept?: (match: string) => boolean }[] = [
  { kind: 'attachment', pattern: /data:[a-z0-9.+/-]*(?:;[a-z0-9=.+-]+)*;base64,[a-z0-9+/=]+/giu },
  { kind: 'email', pattern: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gu },
  // Windows drive paths, UNC paths, absolute POSIX / home paths with at least two segments.
  { kind: 'path', pattern: new RegExp(`${notWord}[a-z]:[\\\\/][^\\s"'<>|,;、。）)]*`, 'gu') },
  { kind: 'path', pattern: /\\\\[^\s\\"']+\\[^\s"'<>|,;、。）)]*/gu },
  { kind: 'path', pattern: /(?<![\p{L}\p{N}_:/.~-])~?\/(?:[^\s/"'<>|,;、。）)]+\/)+[^\s/"'<>|,;、。）)]*/gu },
  // Any file name with a photo or customer-table extension (may carry a person's name).
  {
    kind: 'path',
    pattern: new RegExp(
      `${fileCharacters}+\\.(?:jpe?g|png|gif|webp|heic|heif|bmp|tiff?|avif|csv|tsv|xlsx?)${notWordAfter}`,
      'giu',
    ),
  },
  // Japanese postal codes and street addresses (prefecture? city/ward + block numbers).
  { kind: 'address', pattern: /〒\s?\d{3}-?\d{4}/gu },
  { kind: 'address', pattern: /(?<![\d-])\d{3}-\d{4}(?![\d-])/gu },
  {
    kind: 'address',
    pattern: new RegExp(
      `(?:[${han}]{2,3}[都道府県])?[${han}${kana}]{1,10}[市区町村郡][${han}${kana}]{0,12}\\d{1,4}(?:丁目|番地|番|号|-\\d{1,4})(?:\\d{1,4}(?:番地|番|号)?|-\\d{1,4})*(?:[${han}${kana}\\d-]{0,20}\\d{1,4}(?:号室|階|f))?`,
      'gu',
    ),
  },
  // English street addresses: "12 Main Street", "1600 Pennsylvania Ave".
  {
    kind: 'address',
    pattern:
      /\b\d{1,5}\s+(?:[a-z][a-z'.-]*\s+){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy)\b\.?/gu,
  },
  // "customer 10234", "顧客ID: C01": an id named as one, however short (short ids cannot be indexed
  // as known values without redacting every such number in the text).
  {
    kind: 'personal',
    pattern:
      /(?:\b(?:customer|client|member|user)|顧客|会員|お客様|お客さま)(?:\s*(?:id|no\.?|number|番号|コード))?\s*[:：#＃]?\s*(?=[a-z_-]*\d)[a-z0-9][a-z0-9_-]{0,15}(?![\p{L}\p{N}_])/gu,
  },
  // Phones: Japanese (0 + 9–10 digits), international (+country), North American (555-123-4567).
  {
    kind: 'phone',
    pattern: /(?<![\d\w-])0\d{1,4}[- ]?\(?\d{1,4}\)?[- ]?\d{3,4}(?![\d\w-])/gu,
    accept: (match) => digitCount(match) >= 10,
  },
  {
    kind: 'phone',
    pattern: /(?<![\d\w])\+\d{1,3}[- ]?(?:\(0\))?\(?\d{1,4}\)?(?:[- ]?\d{2,4}){2,4}(?![\d\w])/gu,
    accept: (match) => digitCount(match) >= 8,
  },
  { kind: 'phone', pattern: /(?<![\d\w-])(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d\w-])/gu },
];

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

interface KindedSpan {
  start: number;
  end: number;
  kind: RedactionKind;
}

/**
 * Replaces personal data in a text with `[redacted:<kind>]` markers: e-mail addresses, phone
 * numbers, file paths and photo/table file names, postal addresses, inline files (data: URLs, e.g. photos), and every value of
 * `known` (the database's customer ids and personal attributes). Full-width forms are caught too.
 * Over-redaction is preferred to leaks: a Japanese 0-prefixed 10–11 digit number is taken for a phone.
 */
export function redactText(text: string, known?: SensitiveValueIndex): RedactionResult {
  if (!text) return { text, counts: {} };
  const folded = foldText(text);
  const spans: KindedSpan[] = [];
  for (const { kind, pattern, accept } of patterns) {
    for (const match of folded.matchAll(pattern)) {
      if (match[0].length > 0 && (!accept || accept(match[0])))
        spans.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  for (const span of known?.find(text) ?? []) spans.push({ ...span, kind: 'personal' });
  if (spans.length === 0) return { text, counts: {} };
  spans.sort((left, right) => left.start - right.start || right.end - left.end);
  const counts: Partial<Record<RedactionKind, number>> = {};
  let output = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) {
      // Overlaps a kept span: extend it if this one reaches further, so no tail of a value survives.
      if (span.end > cursor) cursor = span.end;
      continue;
    }
    output += `${text.slice(cursor, span.start)}[redacted:${span.kind}]`;
    counts[span.kind] = (counts[span.kind] ?? 0) + 1;
    cursor = span.end;
  }
  return { text: output + text.slice(cursor), counts };
}
