/** Theme shares only of themes enough customers posted in; every other feature may be mentioned. */
export function isMentionable(featureName: string, describableThemeIds: readonly number[]): boolean {
  const theme = /^theme_(\d+)_share$/.exec(featureName);
  return theme === null || describableThemeIds.includes(Number(theme[1]));
}

/** Whether a feature is a theme's photo share (`theme_<t>_share`). */
export function isThemeFeature(featureName: string): boolean {
  return /^theme_\d+_share$/.test(featureName);
}
