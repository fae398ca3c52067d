/**
 * Internal names that must never reach a person's text, with what each pattern catches. Ids are allowed
 * only in brackets after a name (「犬の写真が多い層（S2）」, "dog photos [T3]").
 */
const patterns: { what: string; pattern: RegExp }[] = [
  { what: 'theme id outside brackets', pattern: /(?<![［[（(])\bT\d+\b(?![］\]）)])/gu },
  { what: 'segment id outside brackets', pattern: /(?<![［[（(])\bS\d+\b(?![］\]）)])/gu },
  {
    what: 'a bare id in brackets with no name before it',
    pattern: /(?:^|[:：、,。•]|\b(?:is|by|and|to|of|in|for|with)|[はがをにでと])\s*[［[（(][ST]\d+[］\]）)]/gmu,
  },
  { what: 'snake_case column name', pattern: /\b[a-z]+(?:_[a-z0-9]+)+\b/gu },
  {
    what: 'feature name spelled out',
    pattern: /\b(?:recency days|photos per month|photo count|theme \d+ share)\b/giu,
  },
  { what: 'RFM score', pattern: /\b[RFM]\d+(?:\.\d+)?\b|RFMスコア|\bRFM (?:score|R)\b/gu },
  { what: 'doubled photo word', pattern: /写真」?の写真|photos"? photos/gu },
];

/** Every internal name in `text` as "what: match"; an empty list means the text reads clean. */
export function internalNames(text: string, allowed: readonly string[] = []): string[] {
  let rest = text;
  for (const name of [...allowed].sort((left, right) => right.length - left.length)) {
    if (name.length > 0) rest = rest.replaceAll(name, ' ・ ');
  }
  return patterns.flatMap(({ what, pattern }) => [...rest.matchAll(pattern)].map((match) => `${what}: ${match[0]}`));
}
