/** A cell value quoted for a message, shortened so one bad cell cannot flood a report. */
export function quoteValue(text: string, maximumLength = 40): string {
  const shown = text.length > maximumLength ? `${text.slice(0, maximumLength - 1)}…` : text;
  return JSON.stringify(shown);
}
