import type { DescribableThemes, ThemeWithPosters } from '../../engine/themes/describable-themes.ts';
import type { VisualTheme } from '../../engine/themes/find-visual-themes.ts';

type Theme = VisualTheme & ThemeWithPosters;

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?:の)?(?:写真)?(?:テーマ)?$|\s*(?:photos?|pictures?|theme)$/u, '')
    .trim();

/**
 * The describable theme a number or a word names: `3` is T3; 「犬」, "dog", 「犬の写真」 match a theme
 * whose name, examples, broad concepts or photo labels contain the word (the theme with more posters
 * wins a tie). Themes too few customers posted in are never matched, so a word cannot reveal them.
 */
export function findTheme(reference: number | string, themes: DescribableThemes<Theme>): Theme | null {
  const digits = typeof reference === 'number' ? reference : /^(?:t|テーマ)?\s*(\d{1,3})$/iu.exec(fold(reference))?.[1];
  if (digits !== undefined) return themes.themes.find((theme) => theme.id === Number(digits)) ?? null;
  const word = fold(String(reference));
  // 「教えて犬」 (a planner's greedy capture) still finds 犬: shorter tails are tried, never from a particle.
  for (let start = 0; start < word.length; start += 1) {
    const tail = word.slice(start);
    if (start > 0 && !/^[\p{Script=Han}\p{Script=Katakana}]/u.test(tail)) continue;
    const found = matching(tail, themes.themes);
    if (found) return found;
  }
  return null;
}

/** Themes whose names carry the word: titles first, then broad concepts, examples, photo labels. */
function matching(word: string, themes: readonly Theme[]): Theme | null {
  const fields: ((theme: Theme) => (string | undefined)[])[] = [
    (theme) => [theme.title?.ja, theme.title?.en],
    (theme) => (theme.concepts ?? []).map((entry) => entry.concept),
    (theme) => [...(theme.examples?.ja ?? []), ...(theme.examples?.en ?? [])],
    (theme) => theme.labels.map((entry) => entry.label),
  ];
  for (const names of fields) {
    const matches = themes.filter((theme) =>
      names(theme).some((name) => name !== undefined && fold(name).includes(word)),
    );
    if (matches.length > 0) return matches.sort((left, right) => right.customers - left.customers)[0]!;
  }
  return null;
}
