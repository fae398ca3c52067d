/** A word of Latin letters (with inner apostrophes or hyphens), e.g. "don't", "follow-up". */
const word = "[A-Za-z]+(?:['’-][A-Za-z]+)*";
/** Five or more such words in a row, separated only by spaces, light punctuation and numbers. */
const run = new RegExp(String.raw`${word}(?:[\s,;:"'()/%.0-9-]+${word}){4,}`, 'gu');

/**
 * Runs of five or more English words in `text` after removing the `allowed` names and labels (theme
 * names, photo labels, dataset and column names are data, not sentences). An empty list means no
 * English sentence slipped into a Japanese text.
 */
export function englishRuns(text: string, allowed: readonly string[] = []): string[] {
  let rest = text;
  for (const name of [...allowed].sort((left, right) => right.length - left.length)) {
    if (name.length > 0) rest = rest.replaceAll(name, ' ・ ');
  }
  return rest.match(run) ?? [];
}
