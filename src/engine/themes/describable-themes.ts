/** A visual theme as the disclosure rule sees it: its id, name and how many distinct customers posted in it. */
export interface ThemeWithPosters {
  id: number;
  name: string;
  /** Distinct customers with at least one photo in the theme. */
  customers: number;
}

/**
 * Which visual themes may be named or mentioned to anyone (the model, Slack, charts). A theme posted
 * by fewer customers than the minimum group size describes those few people ("one customer's four
 * pill-bottle photos"), so it is never named, never listed as what a segment over- or under-indexes
 * on, and never used as a segment's or a campaign's theme. This is the only place the rule lives:
 * every tool, view and chart that names themes asks it.
 */
export interface DescribableThemes<Theme extends ThemeWithPosters = ThemeWithPosters> {
  /** True when the theme exists and enough customers posted in it. */
  has(themeId: number): boolean;
  /** The theme's name when it is describable, else undefined. */
  name(themeId: number): string | undefined;
  /** Names by theme id, undefined for themes that are not describable (for `featureLabel`). */
  readonly names: readonly (string | undefined)[];
  /** The describable themes, in the order given. */
  readonly themes: readonly Theme[];
  /** Whether a feature may be mentioned: `theme_<id>_share` only for describable themes, other features always. */
  allowsFeature(featureName: string): boolean;
}

const themeFeature = /^theme_(\d+)_share$/;

/** Applies the minimum-group-size rule to a run's themes; see {@link DescribableThemes}. */
export function describableThemes<Theme extends ThemeWithPosters>(
  themes: readonly Theme[],
  minimumGroupSize: number,
): DescribableThemes<Theme> {
  const allowed = themes.filter(
    (theme) => Number.isFinite(theme.customers) && theme.customers >= Math.max(1, minimumGroupSize),
  );
  const byId = new Map(allowed.map((theme) => [theme.id, theme]));
  const names: (string | undefined)[] = [];
  for (const theme of themes) names[theme.id] = byId.get(theme.id)?.name;
  return {
    has: (themeId) => byId.has(themeId),
    name: (themeId) => byId.get(themeId)?.name,
    names,
    themes: allowed,
    allowsFeature: (featureName) => {
      const match = themeFeature.exec(featureName);
      return match === null || byId.has(Number(match[1]));
    },
  };
}
