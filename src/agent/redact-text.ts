import { findPatternSpans, type KindedSpan, type RedactionKind } from '../data/privacy/find-pattern-spans.ts';
import { foldTextWithOffsets } from '../data/privacy/fold-text.ts';
import type { SensitiveValueIndex } from './sensitive-value-index.ts';

export type { RedactionKind } from '../data/privacy/find-pattern-spans.ts';

/** A redacted text and how many of each kind were replaced. */
export interface RedactionResult {
  text: string;
  counts: Partial<Record<RedactionKind, number>>;
}

/** Options of {@link redactText}. */
export interface RedactTextOptions {
  /**
   * The text was typed by the asker (a user message): short customer ids known to the database
   * (`92268`, `C01`) are redacted there too. Elsewhere (tool results, prompts) such short numbers are
   * counts and amounts, and only longer ids are.
   */
  userText?: boolean;
}

/**
 * Replaces personal data in a text with `[redacted:<kind>]` markers: e-mail addresses (ASCII or
 * not), phone numbers in any grouping, file paths and photo/table file names, postal codes and
 * addresses, inline files (data: URLs), and every value of `known` (the database's customer ids
 * and personal attributes, in the forms people type them). Full-width, half-width and kana variants
 * are caught through folding. Over-redaction is preferred to leaks. Linear in the text's length.
 */
export function redactText(
  text: string,
  known?: SensitiveValueIndex,
  options: RedactTextOptions = {},
): RedactionResult {
  if (!text) return { text, counts: {} };
  const folded = foldTextWithOffsets(text);
  const spans = findPatternSpans(folded.lower);
  if (known) {
    for (const span of known.findFolded(folded, { userText: options.userText ?? false }))
      spans.push({ ...span, kind: 'personal' });
  }
  if (spans.length === 0) return { text, counts: {} };
  return replaceSpans(text, spans, folded.offsets);
}

function replaceSpans(text: string, spans: KindedSpan[], offsets: Int32Array): RedactionResult {
  spans.sort((left, right) => left.start - right.start || right.end - left.end);
  const counts: Partial<Record<RedactionKind, number>> = {};
  const parts: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = offsets[span.start]!;
    const end = offsets[span.end]!;
    if (start < cursor) {
      // Overlaps a kept span: extend it if this one reaches further, so no tail of a value survives.
      if (end > cursor) cursor = end;
      continue;
    }
    parts.push(text.slice(cursor, start), `[redacted:${span.kind}]`);
    counts[span.kind] = (counts[span.kind] ?? 0) + 1;
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), counts };
}
