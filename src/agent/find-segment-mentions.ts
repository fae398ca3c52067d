const mentionPatterns = [
  /(?:segment|cluster|group|セグメント|クラスタ|グループ|層)\s*(?:#|no\.?|number|番号)?\s*(\d{1,3})(?!\d)/gu,
  /(?<!\d)(\d{1,3})\s*(?:番目?の?)?\s*(?:セグメント|クラスタ|グループ|層)/gu,
  // Takumi's own segment labels: "S2 · golden retriever · frequent".
  /(?<![a-z0-9])s(\d{1,2})(?![0-9])/gu,
];

/** "into 4 segments", 「4つのセグメントに分けて」: a count, not a segment number. */
export const segmentCountPattern =
  /(?:into|in)\s+(\d{1,2})\s+(?:segments|groups|clusters)|(\d{1,2})\s*(?:つ|個)?の?\s*(?:セグメント|グループ|クラスタ|層)に(?:分|わ)/u;

/**
 * Segment numbers a text names, in reading order: "segment 3", "cluster #2", "S2", 「セグメント３」,
 * 「2番目の層」. Full-width digits count (NFKC); a count like "into 4 segments" does not.
 */
export function findSegmentMentions(text: string): number[] {
  const normalized = text.normalize('NFKC').toLowerCase().replace(segmentCountPattern, ' ');
  const found: { index: number; segment: number }[] = [];
  for (const pattern of mentionPatterns) {
    for (const match of normalized.matchAll(pattern)) found.push({ index: match.index, segment: Number(match[1]) });
  }
  return found.sort((left, right) => left.index - right.index).map((mention) => mention.segment);
}
