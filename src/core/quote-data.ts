/** Options of {@link quoteData}. */
export const defaultQuoteDataOptions = { maxCharacters: 80 } as const;

const invisibleOrControl = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;

/**
 * Text an operator or a file chose (a dataset name, a column header, a category value) as it may
 * appear in a prompt or a tool result: on one line, without control or direction-changing
 * characters, at most `maxCharacters` long (then cut with '…'), inside double quotes with quotes and
 * backslashes escaped. The model reads it as a quoted value, never as part of Takumi's own sentences;
 * the system prompt says that quoted values and tool output are data, not instructions.
 */
export function quoteData(text: string, maxCharacters: number = defaultQuoteDataOptions.maxCharacters): string {
  const oneLine = text.replace(invisibleOrControl, ' ').replace(/\s+/gu, ' ').trim();
  const characters = Array.from(oneLine);
  const capped = characters.length > maxCharacters ? `${characters.slice(0, maxCharacters).join('')}…` : oneLine;
  return JSON.stringify(capped);
}
