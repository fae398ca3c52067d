/** The four counts of an A/B readout a question states, or a results file it names. */
export interface AbTestMention {
  counts: {
    controlSize: number;
    controlConversions: number;
    treatmentSize: number;
    treatmentConversions: number;
  } | null;
  resultsFile: string | null;
  /** 「2ポイント」 / "+2 points" / "2% lift": the smallest lift to detect, as a share. */
  minimumDetectableLift: number | null;
}

const number = String.raw`(\d[\d,]*)`;
// 「2000人中120人」 (of 2000, 120) and "120 of 2000", "120/2000", "120 out of 2000" (120 of 2000).
const pairPatterns: { pattern: RegExp; order: 'size-first' | 'conversions-first' }[] = [
  { pattern: new RegExp(`${number}\\s*(?:人|名)?\\s*中\\s*${number}`, 'gu'), order: 'size-first' },
  { pattern: new RegExp(`${number}\\s*(?:人|名)?\\s*(?:of|/|out of)\\s*${number}`, 'gu'), order: 'conversions-first' },
];
const controlWords = /control|対照|コントロール|非配信|\ba\b/gu;
const treatmentWords = /treatment|variant|施策|配信|\bb\b/gu;

/** The arm named closest before a pair (the last label word in the text before it), or null. */
function armBefore(before: string): 'control' | 'treatment' | null {
  const last = (pattern: RegExp): number => {
    let found = -1;
    for (const match of before.matchAll(pattern)) found = match.index;
    return found;
  };
  const control = last(controlWords);
  const treatment = last(treatmentWords);
  if (control < 0 && treatment < 0) return null;
  return control > treatment ? 'control' : 'treatment';
}
const liftPattern =
  /(?:\+|プラス)?\s*(\d+(?:\.\d+)?)\s*(?:ポイント|pt|points?|percentage points?)|(\d+(?:\.\d+)?)\s*%\s*(?:の)?(?:リフト|lift|上昇|改善|uplift)/u;

/**
 * Reads an A/B question: two "x of n" pairs (each assigned to control or treatment by the word before
 * it, else control first), a `.csv` file name, and a minimum detectable lift in points. NFKC first.
 */
export function findAbTestCounts(question: string): AbTestMention {
  const text = question.normalize('NFKC').toLowerCase();
  const pairs: { index: number; size: number; conversions: number }[] = [];
  for (const { pattern, order } of pairPatterns)
    for (const match of text.matchAll(pattern)) {
      const first = Number(match[1]!.replaceAll(',', ''));
      const second = Number(match[2]!.replaceAll(',', ''));
      const [size, conversions] = order === 'size-first' ? [first, second] : [second, first];
      pairs.push({ index: match.index, size, conversions });
    }
  pairs.sort((left, right) => left.index - right.index);
  let counts: AbTestMention['counts'] = null;
  if (pairs.length >= 2) {
    const labelled = pairs.slice(0, 2).map((pair) => {
      return { ...pair, arm: armBefore(text.slice(Math.max(0, pair.index - 16), pair.index)) };
    });
    const [first, second] = labelled as [(typeof labelled)[0], (typeof labelled)[0]];
    const control = first.arm === 'treatment' || second.arm === 'control' ? second : first;
    const treatment = control === first ? second : first;
    counts = {
      controlSize: control.size,
      controlConversions: control.conversions,
      treatmentSize: treatment.size,
      treatmentConversions: treatment.conversions,
    };
  }
  const file = /([\w.-]+\.csv)\b/u.exec(question.normalize('NFKC'));
  const lift = liftPattern.exec(text);
  const liftValue = lift ? Number(lift[1] ?? lift[2]) / 100 : null;
  return {
    counts,
    resultsFile: file ? file[1]! : null,
    minimumDetectableLift: liftValue !== null && liftValue > 0 && liftValue < 1 ? liftValue : null,
  };
}
