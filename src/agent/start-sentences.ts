/** Words ending in a full stop that do not end a sentence ("e.g. keeshond", "vs. last month"). */
const abbreviation = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|cf|no)\.$/iu;

/**
 * English text with every sentence starting in upper case: a line (after a bullet such as "• " or
 * "- ") and the word after ". ", "! " or "? ". Templates often start a sentence with a segment's name
 * ("customers who post dog photos (S1) has…"), which is lower case inside sentences. Abbreviations
 * (e.g., i.e., vs.) do not end a sentence; anything but a lower-case Latin letter is left as it is.
 */
export function startSentences(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*(?:[•\-*]\s+)?)([a-z])/u, (_, lead: string, letter: string) => lead + letter.toUpperCase())
        .replace(/([.!?])(\s+)([a-z])/gu, (match, stop: string, space: string, letter: string, offset: number) =>
          abbreviation.test(line.slice(0, offset + 1)) ? match : stop + space + letter.toUpperCase(),
        ),
    )
    .join('\n');
}
