const dashes = /[‐‑‒–—―−－﹣]/gu;

/**
 * Folds full-width ASCII (０-９, Ａ-Ｚ, ＠, ／, …), dash variants and the ideographic space to
 * plain ASCII and (unless `keepCase`) lower-cases ASCII letters, **one character for one
 * character**, so a match found in the folded text has the same offsets in the original. Lets one
 * set of ASCII patterns catch `０９０－１２３４－５６７８` and `Taro@Example.com` alike.
 */
export function foldText(text: string, options: { keepCase?: boolean } = {}): string {
  let folded = '';
  for (const character of text.replace(dashes, '-')) {
    const code = character.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) folded += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) folded += ' ';
    else folded += character;
  }
  if (options.keepCase) return folded;
  // Only ASCII letters change case here: toLowerCase() on all of Unicode may change the length.
  return folded.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}
