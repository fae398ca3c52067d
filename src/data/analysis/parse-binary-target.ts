import type { AttributeValue } from '../ingest/parse-attribute-column.ts';

const positives = new Set(['1', 'true', 'yes', 'y', 'はい', '有', 'あり']);
const negatives = new Set(['0', 'false', 'no', 'n', 'いいえ', '無', 'なし']);

/** Reads a 0/1 behavior cell: 1/0, true/false, yes/no, はい/いいえ; null for blank or anything else. */
export function parseBinaryTarget(value: AttributeValue | undefined): 0 | 1 | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().toLowerCase();
  if (positives.has(text)) return 1;
  if (negatives.has(text)) return 0;
  return null;
}
