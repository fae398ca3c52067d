/** The p-value as people read it: 3 significant digits, "< 0.0001" below that. */
export function formatPValue(p: number): string {
  return p < 0.0001 ? '< 0.0001' : p.toPrecision(3).replace(/0+$/u, '').replace(/\.$/u, '');
}
