/**
 * Splits text into pieces of at most `maxLength` characters (UTF-16 units, as Slack counts), at the
 * best boundary available: a blank line, else a line break, else a space, else anywhere (never inside
 * a surrogate pair). Nothing is lost or added except the whitespace at the cut.
 */
export function splitText(text: string, maxLength: number): string[] {
  if (!Number.isInteger(maxLength) || maxLength < 2)
    throw new RangeError(`maxLength must be an integer of at least 2, got ${maxLength}`);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > maxLength) {
    const window = rest.slice(0, maxLength + 1);
    // A boundary in the first fifth would make a tiny piece; cut harder instead.
    const floor = Math.floor(maxLength / 5);
    let cut = window.lastIndexOf('\n\n');
    if (cut <= floor) cut = window.lastIndexOf('\n');
    if (cut <= floor) cut = window.lastIndexOf(' ');
    if (cut <= floor) {
      cut = maxLength;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}
