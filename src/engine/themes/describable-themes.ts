import type { Language } from '../../core/language.ts';
import { themeLabel } from './name-theme.ts';

/** A visual theme as the disclosure rule sees it: its id, name and how many distinct customers posted in it. */
export interface ThemeWithPosters {
  id: number;
  name: string;
  /** What {@link themeLabel} names a theme from (absent in hand-made test themes: `name` is used). */
  labels?: readonly { label: string; share: number }[];
  title?: Record<Language, string>;
  examples?: Record<Language, string[]>;
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
  /**
   * The theme's name when it is describable, else undefined: with a language, as people read it
   * (「犬の写真」, "dog photos"); without, the stored English name.
   */
  name(themeId: number, language?: Language): string | undefined;
  /** Names by theme id, undefined for themes that are not describable (for `featureLabel`). */
  readonly names: readonly (string | undefined)[];
  /** {@link names} in a reader's language. */
  namesIn(language: Language): readonly (string | undefined)[];
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
  const readable = (theme: Theme, language: Language): string =>
    theme.labels ? themeLabel({ ...theme, labels: theme.labels }, language, { examples: false }) : theme.name;
  return {
    has: (themeId) => byId.has(themeId),
    name: (themeId, language) => {
      const theme = byId.get(themeId);
      return theme && language ? readable(theme, language) : theme?.name;
    },
    names,
    namesIn: (language) => themes.map((theme) => (byId.has(theme.id) ? readable(theme, language) : undefined)),
    themes: allowed,
    allowsFeature: (featureName) => {
      const match = themeFeature.exec(featureName);
      return match === null || byId.has(Number(match[1]));
    },
  };
}
