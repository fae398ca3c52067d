import { createRandom } from '../engine/random/create-random.ts';
import { themeLabel } from '../engine/themes/name-theme.ts';
import { ChartError } from './chart-error.ts';
import type { ChartSpec } from './chart-types.ts';
import { chartInputChecks } from './chart-input-checks.ts';
import type { Language } from '../core/language.ts';
import { localeOf } from '../core/message-catalog.ts';
import { groupDigits } from '../core/format/format-count.ts';

/** Input of {@link buildVisualThemeMapChart}; the shapes match what the theme finder returns. */
export interface VisualThemeMapInput {
  /** 2-D projection of each photo, x and y interleaved (length = 2 × photos). */
  projection: ArrayLike<number>;
  /** Theme id of each photo; ids missing from `themes` are drawn as 「その他」 / "Other". */
  photoThemes: ArrayLike<number>;
  /** `labels` (a stored theme's) name it in the chart's language; `name` is used without them. */
  themes: readonly { id: number; name: string; labels?: readonly { label: string; share: number }[] }[];
}

/** Settings of {@link buildVisualThemeMapChart}. */
export interface VisualThemeMapOptions {
  /** At most this many points are drawn (a seeded random sample): more only blurs the map and slows rendering. */
  maxPoints: number;
  seed: number;
}

/** Colours a reader tells apart at a glance; more themes than this share 「その他」 / "Other". */
const maxColours = 8;

export const defaultVisualThemeMapOptions: VisualThemeMapOptions = { maxPoints: 3000, seed: 0 };

const words = {
  ja: {
    finding: (themes: number, top: string) => `写真は${groupDigits(themes)}種類のテーマに分かれ、最も多いのは${top}`,
    legend: 'テーマ',
    other: 'その他',
    x: '見た目の違い（横）',
    y: '見た目の違い（縦）',
    sampled: (shown: string, total: string) =>
      `異なる写真 ${total} 種類のうち ${shown} 種類を表示（無作為抽出）。近い点ほど見た目が似ています`,
    all: (total: string) => `異なる写真 ${total} 種類（同じ写真は1点）。近い点ほど見た目が似ています`,
  },
  en: {
    finding: (themes: number, top: string) => `The photos fall into ${themes} themes; the most common is ${top}`,
    legend: 'Theme',
    other: 'Other',
    x: 'Visual difference (across)',
    y: 'Visual difference (up)',
    sampled: (shown: string, total: string) =>
      `${shown} of ${total} distinct photos shown (random sample); nearby points look alike`,
    all: (total: string) => `${total} distinct photos (a repeated photo is one point); nearby points look alike`,
  },
} as const;

/**
 * Scatter of the photos' 2-D projection coloured by visual theme, with the theme names in the legend.
 * Points are drawn in a seeded random order so no theme systematically hides another.
 */
export function buildVisualThemeMapChart(
  input: VisualThemeMapInput,
  language: Language,
  options: Partial<VisualThemeMapOptions> = {},
): ChartSpec {
  const settings: VisualThemeMapOptions = { ...defaultVisualThemeMapOptions, ...options };
  const text = words[language];
  const photoCount = input.photoThemes.length;
  if (input.projection.length !== 2 * photoCount) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      `Theme map: projection has ${input.projection.length} numbers but ${groupDigits(photoCount)} photos need ${2 * photoCount} (x, y interleaved).`,
      { projection: input.projection.length, photos: photoCount },
    );
  }
  if (!Number.isInteger(settings.maxPoints) || settings.maxPoints < 1) {
    throw new ChartError(
      'CHART_INVALID_DATA',
      `Theme map: maxPoints must be a positive integer, got ${settings.maxPoints}.`,
      { maxPoints: settings.maxPoints },
    );
  }
  const drawable: number[] = [];
  for (let photo = 0; photo < photoCount; photo += 1) {
    if (Number.isFinite(input.projection[2 * photo]) && Number.isFinite(input.projection[2 * photo + 1]))
      drawable.push(photo);
  }
  chartInputChecks.nonEmpty(drawable, 'Theme map', 'photos with finite coordinates');
  const drawn = createRandom(settings.seed).shuffle(drawable).slice(0, settings.maxPoints);

  // At most eight colours: the themes with the most photos on the map keep their own, the rest are 「その他」.
  const photosOf = new Map<number, number>();
  for (const photo of drawn) {
    const theme = input.photoThemes[photo] as number;
    photosOf.set(theme, (photosOf.get(theme) ?? 0) + 1);
  }
  const byPhotos = [...input.themes].sort(
    (left, right) => (photosOf.get(right.id) ?? 0) - (photosOf.get(left.id) ?? 0) || left.id - right.id,
  );
  const coloured = byPhotos.length > maxColours ? byPhotos.slice(0, maxColours - 1) : byPhotos;
  const themes = [...coloured].sort((left, right) => left.id - right.id);
  const short = themes.map((theme) =>
    theme.labels ? themeLabel({ ...theme, labels: theme.labels }, language, { examples: false }) : theme.name,
  );
  // Themes sharing a concept name (three 「容器の写真」) are told apart by their examples, not a number.
  const names = chartInputChecks.uniqueLabels(
    themes.map((theme, index) =>
      short.indexOf(short[index]!) !== short.lastIndexOf(short[index]!) && theme.labels
        ? themeLabel({ ...theme, labels: theme.labels }, language, { examples: true })
        : short[index]!,
    ),
    themes.map((theme) => theme.id),
  );
  const nameById = new Map(themes.map((theme, index) => [theme.id, names[index] as string]));
  // The title names the concept whole (「犬の写真」, "dog photos"): the legend's name may be cut to fit its column.
  const topIndex = byPhotos[0] ? themes.findIndex((theme) => theme.id === byPhotos[0]!.id) : -1;
  const topTheme = topIndex >= 0 ? short[topIndex]! : text.other;
  const points = drawn.map((photo) => ({
    x: input.projection[2 * photo] as number,
    y: input.projection[2 * photo + 1] as number,
    theme: nameById.get(input.photoThemes[photo] as number) ?? text.other,
  }));
  const legendOrder = [...names, ...(points.some((point) => point.theme === text.other) ? [text.other] : [])];
  const integer = new Intl.NumberFormat(localeOf(language));
  const axis = { labels: false, ticks: false, domain: false, grid: true } as const;
  return {
    language,
    // Every theme the photos fall into, named or not: the answer's text counts them all too (31 themes
    // in the text and 28 in the title, for three themes too few customers posted in, read as an error).
    title: text.finding(new Set(Array.from(input.photoThemes)).size, topTheme),
    // Counts are of photos with a position: the rare non-finite ones cannot be on the map at all.
    subtitle:
      drawn.length < drawable.length
        ? text.sampled(integer.format(drawn.length), integer.format(drawable.length))
        : text.all(integer.format(drawn.length)),
    view: {
      width: 560,
      height: 420,
      data: { values: points },
      mark: { type: 'circle', size: 16, fillOpacity: 0.65, strokeWidth: 0 },
      encoding: {
        x: { field: 'x', type: 'quantitative', title: text.x, scale: { zero: false, nice: false }, axis },
        y: { field: 'y', type: 'quantitative', title: text.y, scale: { zero: false, nice: false }, axis },
        color: {
          field: 'theme',
          type: 'nominal',
          title: text.legend,
          // At most eight entries (see maxColours), so tableau10's distinct colours always suffice.
          scale: { domain: legendOrder, scheme: 'tableau10' },
          legend: { symbolOpacity: 1 },
        },
      },
    },
  };
}
