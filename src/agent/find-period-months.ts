const periodPatterns: [RegExp, (match: RegExpExecArray) => number][] = [
  [
    /(?:今後|これから|向こう|次の|next|coming|following)\s*(\d{1,2})\s*(?:か月|ヶ月|カ月|ケ月|ヵ月|months?)/u,
    (m) => Number(m[1]),
  ],
  [/(\d{1,2})\s*(?:か月|ヶ月|カ月|ケ月|ヵ月|months?)\s*(?:先|後|間|ahead|out)/u, (m) => Number(m[1])],
  [/来月|翌月|next month|coming month|this coming month/u, () => 1],
  [/来期|次の四半期|来四半期|next quarter|coming quarter|四半期/u, () => 3],
  [/半年|six months|half[- ]year/u, () => 6],
  [/来年|next year|一年|1年|12か月|twelve months|coming year/u, () => 12],
];

/**
 * The forecast period a question names, in whole months (1–12): 「来月」 → 1, 「今後3か月」 → 3,
 * "next quarter" → 3, 「半年」 → 6, "next year" → 12; null when it names none. NFKC first.
 */
export function findPeriodMonths(question: string): number | null {
  const text = question.normalize('NFKC').toLowerCase();
  for (const [pattern, months] of periodPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = months(match);
    if (value >= 1 && value <= 12) return value;
  }
  return null;
}
