/**
 * A feature name as people read it: `theme_3_share` → `T3` (or `T3 "<theme name>"` when the theme
 * names are given), `recency_days` → `recency days`, `segment_2` → `segment 2`.
 */
export function featureLabel(name: string, themeNames?: readonly (string | undefined)[]): string {
  const theme = /^theme_(\d+)_share$/.exec(name);
  if (!theme) return name.replaceAll('_', ' ');
  const themeName = themeNames?.[Number(theme[1])];
  return themeName === undefined ? `T${theme[1]}` : `T${theme[1]} "${themeName}"`;
}
