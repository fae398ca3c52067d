/** A text folded for matching, with where each folded character came from. */
export interface FoldedText {
  /** Folded, ASCII letters kept in their case. */
  cased: string;
  /** Folded, ASCII letters lower-cased (same length and offsets as `cased`). */
  lower: string;
  /**
   * `offsets[i]` is the index in the original text of folded character `i`; `offsets[length]` is the
   * original length. A match [s, e) in the folded text is [offsets[s], offsets[e]) in the original.
   */
  offsets: Int32Array;
}

const dashes = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xff0d, 0xfe63, 0x2043]);
/** 'ー' (chōonpu) and its half-width form: a dash between digits (「090ー1234」), a vowel mark in words. */
const longVowelMarks = new Set([0x30fc, 0xff70]);
/** Characters that change nothing people see: zero-width spaces and joiners, soft hyphen, BOM, variation selectors. */
const invisible = (code: number): boolean =>
  code === 0x00ad ||
  (code >= 0x200b && code <= 0x200f) ||
  code === 0x2060 ||
  code === 0xfeff ||
  (code >= 0xfe00 && code <= 0xfe0f);
const isDigitCode = (code: number | undefined): boolean =>
  code !== undefined && ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19));

/**
 * Folds a text to the form the redaction patterns and the known-value index compare, so one value
 * is found however a person typed it: full-width ASCII (０９０, ＡＢＣ, ＠) → ASCII; ideographic space →
 * space; dash variants (and 'ー' next to a digit) → '-'; half-width katakana (with their voicing marks)
 * → full-width; hiragana → katakana; invisible characters dropped; ASCII letters lower-cased in
 * `lower`. Linear in the text's length.
 */
export function foldTextWithOffsets(text: string): FoldedText {
  // Folding never lengthens a text: every rule maps one or two code units to at most as many.
  const units = new Uint16Array(text.length);
  const offsets = new Int32Array(text.length + 1);
  let length = 0;
  const push = (code: number, from: number): void => {
    units[length] = code;
    offsets[length] = from;
    length += 1;
  };
  const last = (back: number): number | undefined => (length - back >= 0 ? units[length - back] : undefined);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      // A character outside the BMP (emoji, rare kanji): kept as its two code units.
      push(code, index);
      push(text.charCodeAt(index + 1), index);
      index += 1;
    } else if (invisible(code)) {
    } else if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0d) {
      push(code - 0xfee0, index);
    } else if (code === 0x3000) {
      push(0x20, index);
    } else if (dashes.has(code)) {
      push(0x2d, index);
    } else if (longVowelMarks.has(code)) {
      const previous = last(1);
      const betweenDigits =
        isDigitCode(previous) || (previous === 0x20 && isDigitCode(last(2))) || isDigitCode(nextCode(text, index));
      push(betweenDigits ? 0x2d : 0x30fc, index);
    } else if (code >= 0xff66 && code <= 0xff9d) {
      // Half-width katakana, composed with a following voicing mark (ｶﾞ → ガ) through NFKC.
      const mark = text.charCodeAt(index + 1);
      const pair = mark === 0xff9e || mark === 0xff9f ? text.slice(index, index + 2) : text[index]!;
      const composed = pair.normalize('NFKC');
      for (let unit = 0; unit < composed.length; unit += 1) push(toKatakana(composed.charCodeAt(unit)), index);
      if (pair.length === 2) index += 1;
    } else {
      push(toKatakana(code), index);
    }
  }
  offsets[length] = text.length;
  const cased = decoder.decode(units.subarray(0, length));
  return { cased, lower: lowerAscii(cased), offsets: offsets.subarray(0, length + 1) };
}

/** The folded text alone (see {@link foldTextWithOffsets}), lower-cased unless `keepCase`. */
export function foldText(text: string, options: { keepCase?: boolean } = {}): string {
  const folded = foldTextWithOffsets(text);
  return options.keepCase ? folded.cased : folded.lower;
}

function nextCode(text: string, index: number): number | undefined {
  let next = index + 1;
  if (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x3000) next += 1;
  return next < text.length ? text.charCodeAt(next) : undefined;
}

/** Hiragana → katakana (ぁ-ゖ, ゝゞ), so 「さとう」 and 「サトウ」 compare equal. */
function toKatakana(code: number): number {
  return (code >= 0x3041 && code <= 0x3096) || code === 0x309d || code === 0x309e ? code + 0x60 : code;
}

const decoder = new TextDecoder('utf-16le');

/** Only ASCII letters change case: toLowerCase() on all of Unicode may change the length. */
function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
