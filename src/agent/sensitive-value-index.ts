import { foldText } from './fold-text.ts';

/** Where a sensitive value was found: [start, end) offsets in the searched text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * A value to index. `caseSensitive` is for single words of names ("Price", "Will"): matched only as
 * written, so the ordinary words "price" and "will" in a summary stay readable.
 */
export interface SensitiveValue {
  value: string;
  caseSensitive?: boolean;
}

/** Minimum lengths below which a value is too ambiguous to redact wherever it appears. */
export const defaultSensitiveValueIndexOptions = {
  /** Values containing kana/kanji: 2 covers two-character family names (佐藤). */
  minimumJapaneseLength: 2,
  /** Other values: shorter ones ("Li", "A1") would redact ordinary words and labels. */
  minimumLength: 4,
  /** Digit-only values: shorter ones would collide with counts and amounts in summaries. */
  minimumDigitsLength: 6,
} as const;

const japanese = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;
const asciiAlphanumeric = /[a-zA-Z0-9]/;

/**
 * The personal values known from the database (customer ids, names, e-mails, …), folded with
 * {@link foldText} and indexed by their first two characters, so a request body of a few kilobytes
 * is scanned against tens of thousands of values in milliseconds. Values starting or ending with an
 * ASCII letter or digit match only as whole tokens at that end (C001 does not match inside C0012);
 * Japanese text has no spaces, so kana/kanji ends match anywhere.
 */
export class SensitiveValueIndex {
  readonly #ignoringCase = new Map<string, Bucket>();
  readonly #withCase = new Map<string, Bucket>();
  #size = 0;

  /** Builds an index; values that are too short (see the defaults) are skipped. */
  constructor(
    values: Iterable<string | SensitiveValue>,
    options: Partial<typeof defaultSensitiveValueIndexOptions> = {},
  ) {
    const limits = { ...defaultSensitiveValueIndexOptions, ...options };
    const unique = { ignoringCase: new Set<string>(), withCase: new Set<string>() };
    for (const entry of values) {
      const { value: raw, caseSensitive = false } = typeof entry === 'string' ? { value: entry } : entry;
      for (const value of variants(raw, caseSensitive)) {
        const minimum = japanese.test(value)
          ? limits.minimumJapaneseLength
          : /^\d+$/.test(value)
            ? limits.minimumDigitsLength
            : limits.minimumLength;
        if (value.length >= Math.max(2, minimum)) (caseSensitive ? unique.withCase : unique.ignoringCase).add(value);
      }
    }
    fill(this.#ignoringCase, unique.ignoringCase);
    fill(this.#withCase, unique.withCase);
    this.#size = unique.ignoringCase.size + unique.withCase.size;
  }

  /** Number of distinct indexed values (after variants and length limits). */
  get size(): number {
    return this.#size;
  }

  /** Finds indexed values in a text, in text order; spans may overlap (the redactor merges them). */
  find(text: string): TextSpan[] {
    if (this.#size === 0) return [];
    const spans = [
      ...scan(foldText(text), this.#ignoringCase),
      ...scan(foldText(text, { keepCase: true }), this.#withCase),
    ];
    return spans.sort((left, right) => left.start - right.start || right.end - left.end);
  }
}

/** The value whitespace-collapsed, and without spaces (「山田 太郎」 is often typed 「山田太郎」). */
function variants(raw: string, caseSensitive: boolean): string[] {
  const value = foldText(raw, { keepCase: caseSensitive }).trim().replace(/\s+/g, ' ');
  if (!value) return [];
  return value.includes(' ') ? [value, value.replaceAll(' ', '')] : [value];
}

/** Values sharing their first two characters: a set per length, so a lookup is a few hash probes. */
interface Bucket {
  /** Distinct value lengths, longest first (the longest match wins). */
  lengths: number[];
  values: Set<string>;
}

function fill(index: Map<string, Bucket>, values: Set<string>): void {
  for (const value of values) {
    const prefix = value.slice(0, 2);
    const bucket = index.get(prefix) ?? { lengths: [], values: new Set<string>() };
    bucket.values.add(value);
    if (!bucket.lengths.includes(value.length)) bucket.lengths.push(value.length);
    index.set(prefix, bucket);
  }
  for (const bucket of index.values()) bucket.lengths.sort((left, right) => right - left);
}

function scan(text: string, index: Map<string, Bucket>): TextSpan[] {
  const spans: TextSpan[] = [];
  if (index.size === 0) return spans;
  for (let position = 0; position < text.length - 1; ) {
    const bucket = index.get(text.slice(position, position + 2));
    const length = bucket?.lengths.find((candidate) => {
      const value = text.slice(position, position + candidate);
      return value.length === candidate && bucket.values.has(value) && isWholeToken(text, position, value);
    });
    if (length !== undefined) {
      spans.push({ start: position, end: position + length });
      position += length;
    } else {
      position += 1;
    }
  }
  return spans;
}

function isWholeToken(text: string, start: number, value: string): boolean {
  const before = text[start - 1];
  const after = text[start + value.length];
  if (asciiAlphanumeric.test(value[0]!) && before !== undefined && asciiAlphanumeric.test(before)) return false;
  if (asciiAlphanumeric.test(value.at(-1)!) && after !== undefined && asciiAlphanumeric.test(after)) return false;
  return true;
}
