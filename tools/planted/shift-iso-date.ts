/**
 * Adds `days` (may be negative) to a `yyyy-mm-dd` date in UTC and returns `yyyy-mm-dd`. UTC keeps
 * the output independent of the machine's time zone and daylight-saving changes.
 */
export function shiftIsoDate(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}
