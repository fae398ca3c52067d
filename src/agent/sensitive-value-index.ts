import { foldText, foldTextWithOffsets, type FoldedText } from '../data/privacy/fold-text.ts';

/** Where a sensitive value was found: [start, end) offsets in the searched (folded) text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * A value to index. `caseSensitive` is for single words of names that are also ordinary English
 * words ("Price", "Will"): matched as written, capitalised or in capitals, so the words "price" and
 * "will" in a summary stay readable. `customerId` marks a customer's id: in the asker's own text it is
 * found however short it is (「92268の購入履歴」), where elsewhere short numbers are counts and amounts.
 */
export interface SensitiveValue {
  value: string;
  caseSensitive?: boolean;
  customerId?: boolean;
}

/** Minimum lengths below which a value is too ambiguous to redact wherever it appears. */
export const defaultSensitiveValueIndexOptions = {
  /** Values containing kana/kanji: 2 covers two-character family names (佐藤). */
  minimumJapaneseLength: 2,
  /** Other values: shorter ones ("Li", "A1") would redact ordinary words and labels. */
  minimumLength: 4,
  /** Digit-only values: shorter ones would collide with counts and amounts in summaries. */
  minimumDigitsLength: 6,
  /** Customer ids in the asker's own text: at least this long (「C01」, 「92268」). */
  minimumUserTextIdLength: 3,
} as const;

const japanese = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々]/u;
const asciiAlphanumeric = /[a-zA-Z0-9]/;
const idToken = /(?<![a-z0-9_])[a-z0-9][a-z0-9_-]{1,23}(?![a-z0-9_])/gu;
/** A number followed by one of these is a count or an amount the asker typed, not an id. */
const unitAfter =
  /^\s?(?:人|件|円|個|回|日|年|月|時|分|秒|%|倍|万|千|億|歳|才|名|枚|本|点|位|週|ドル|割|yen|jpy|usd|customers?|people|persons?|days?|weeks?|months?|years?|times|photos?|purchases?|orders?|items?|segments?|x\b|k\b|%)/u;

/**
 * The personal values known from the database (customer ids, names, e-mails, …), folded like the
 * searched text (see `foldTextWithOffsets`) and indexed by their first two characters, so a request
 * body is scanned against tens of thousands of values in time linear in its length. Values starting
 * or ending with an ASCII letter or digit match only as whole tokens at that end (C001 does not match
 * inside C0012); Japanese text has no spaces, so kana/kanji ends match anywhere.
 */
export class SensitiveValueIndex {
  readonly #ignoringCase = new Map<string, Bucket>();
  readonly #withCase = new Map<string, Bucket>();
  readonly #customerIds = new Set<string>();
  #size = 0;

  /** Builds an index; values that are too short (see the defaults) are skipped. */
  constructor(
    values: Iterable<string | SensitiveValue>,
    options: Partial<typeof defaultSensitiveValueIndexOptions> = {},
  ) {
    const limits = { ...defaultSensitiveValueIndexOptions, ...options };
    const unique = { ignoringCase: new Set<string>(), withCase: new Set<string>() };
    for (const entry of values) {
      const {
        value: raw,
        caseSensitive = false,
        customerId = false,
      } = typeof entry === 'string' ? { value: entry } : entry;
      if (customerId) {
        const id = foldText(raw).trim();
        if (id.length >= limits.minimumUserTextIdLength) this.#customerIds.add(id);
        if (/^0+\d{3,}$/.test(id)) this.#customerIds.add(id.replace(/^0+/, ''));
      }
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

  /** Number of distinct indexed values (after variants and length limits), customer ids for user text aside. */
  get size(): number {
    return this.#size;
  }

  /** Finds indexed values in a text, as offsets in that text (see {@link findFolded}). */
  find(text: string, options: { userText?: boolean } = {}): TextSpan[] {
    const folded = foldTextWithOffsets(text);
    return this.findFolded(folded, options).map((span) => ({
      start: folded.offsets[span.start]!,
      end: folded.offsets[span.end]!,
    }));
  }

  /** Finds indexed values in a folded text, in text order; spans may overlap, none lies inside another. */
  findFolded(folded: Pick<FoldedText, 'lower' | 'cased'>, options: { userText?: boolean } = {}): TextSpan[] {
    const spans =
      this.#size === 0 ? [] : [...scan(folded.lower, this.#ignoringCase), ...scan(folded.cased, this.#withCase)];
    const ids = options.userText && this.#customerIds.size > 0 ? this.#findCustomerIds(folded.lower) : [];
    const sorted = [...spans, ...ids].sort((left, right) => left.start - right.start || right.end - left.end);
    // A span inside an earlier one ("WILL" inside "WILL PRICE") adds nothing.
    let reach = -1;
    return sorted.filter((span) => {
      if (span.end <= reach) return false;
      reach = span.end;
      return true;
    });
  }

  #findCustomerIds(text: string): TextSpan[] {
    const spans: TextSpan[] = [];
    for (const match of text.matchAll(idToken)) {
      const token = match[0];
      if (!this.#customerIds.has(token)) continue;
      const end = match.index + token.length;
      if (/^\d+$/.test(token)) {
        // 1.5, 1,234 and 300人 are numbers the asker typed, not ids.
        if (
          /[.,]$/.test(text.slice(Math.max(0, match.index - 1), match.index)) &&
          /\d/.test(text[match.index - 2] ?? '')
        )
          continue;
        if (/^[.,]\d/.test(text.slice(end, end + 2)) || unitAfter.test(text.slice(end, end + 12))) continue;
      }
      spans.push({ start: match.index, end });
    }
    return spans;
  }
}

/** The value whitespace-collapsed, and without spaces (「山田 太郎」 is often typed 「山田太郎」). */
function variants(raw: string, caseSensitive: boolean): string[] {
  const value = foldText(raw, { keepCase: caseSensitive }).trim().replace(/\s+/g, ' ');
  if (!value) return [];
  const forms = caseSensitive ? [value, capitalise(value), value.toUpperCase()] : [value];
  return [...new Set(forms.flatMap((form) => (form.includes(' ') ? [form, form.replaceAll(' ', '')] : [form])))];
}

function capitalise(word: string): string {
  return /^[a-z]/i.test(word) ? word[0]!.toUpperCase() + word.slice(1).toLowerCase() : word;
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
