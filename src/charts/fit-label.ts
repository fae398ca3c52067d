/** Settings of {@link fitLabel}. */
export interface FitLabelOptions {
  /** Widest label in pixels at `fontSize`; the chart config's `labelLimit` is set above it, so Vega never cuts again. */
  maxWidth: number;
  fontSize: number;
}

/** Axis labels at the chart config's 11 px fit in 300 px: a little under the 320 px label limits. */
export const defaultFitLabelOptions: FitLabelOptions = { maxWidth: 300, fontSize: 11 };

/** The id tail of a label: 「…層（S3）」, "… (S3)", "… (#2)", "… [T4]". */
const idTail = /\s*[（(［[][A-Z#]?\d+[）)］\]]$/u;

/**
 * Width of `text` in pixels, a little generous: CJK and full-width characters are 1 em in Noto Sans
 * JP, Latin letters and digits at most ~0.62 em (measured average 0.55). Charts are built before any
 * font is loaded, so this bound, not the font, decides where a label is shortened.
 */
export function estimateTextWidth(text: string, fontSize: number = defaultFitLabelOptions.fontSize): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    width += code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f) ? 1 : character === ' ' ? 0.3 : 0.62;
  }
  return width * fontSize;
}

/**
 * A label that fits `maxWidth`, shortened where the meaning survives: the id tail is kept whole
 * (「低頻度・少額購入／家具の写真…（S3）」, never 「…家具の写真が多い層…」 without the S3 a reader
 * asks about), the name is cut at its end with an ellipsis. Labels that fit come back unchanged.
 */
export function fitLabel(label: string, options: Partial<FitLabelOptions> = {}): string {
  const { maxWidth, fontSize } = { ...defaultFitLabelOptions, ...options };
  if (estimateTextWidth(label, fontSize) <= maxWidth) return label;
  const tail = idTail.exec(label)?.[0] ?? '';
  const head = [...label.slice(0, label.length - tail.length)];
  const room = maxWidth - estimateTextWidth(`…${tail}`, fontSize);
  let kept = '';
  for (const character of head) {
    if (estimateTextWidth(kept + character, fontSize) > room) break;
    kept += character;
  }
  // Latin text is cut between words, never inside one ("custo…").
  const next = head[[...kept].length];
  if (next !== undefined && /[A-Za-z]/u.test(next) && /[A-Za-z]$/u.test(kept) && /\s/u.test(kept))
    kept = kept.replace(/\s+\S*$/u, '');
  // A cut right after a separator reads as a dangling 「／」 or ", ": drop it.
  return `${kept.replace(/[\s・／/、,:：-]+$/u, '')}…${tail}`;
}
