import type { Language } from '../../core/language.ts';
import { classConcept, classIndexOfLabel, conceptName } from './class-concept.ts';
import { translate } from '../../core/message-catalog.ts';
import { themeMessages } from './theme-messages.ts';

/** What a theme is named from: its photos' top-1 classes. */
export interface ThemeLabelInput {
  /** ImageNet class index; null when only the label is known. */
  index: number | null;
  label: string;
}

/** A theme's name in both languages, with examples, from a concept hierarchy over the ImageNet classes. */
export interface ThemeName {
  /** English name with examples, e.g. "dog photos (e.g. golden retriever, beagle)" (for older callers). */
  name: string;
  /** 「犬の写真」 / "dog photos". */
  title: Record<Language, string>;
  /** A few examples in each language: finer concepts in Japanese (レトリーバー), classifier labels in English. */
  examples: Record<Language, string[]>;
  /** Most frequent top-1 labels (readable) and the share of the theme's photos that carry them. */
  labels: { label: string; share: number }[];
  /** Broad concepts and the share of the theme's photos in each, largest first. */
  concepts: { concept: string; share: number }[];
}

export interface NameThemeOptions {
  /** A concept holding at least this share of the photos names the theme alone. */
  dominantShare: number;
  /** Two concepts holding together at least this share name it together (「犬と猫の写真」). */
  pairShare: number;
  /** Examples per language. */
  examples: number;
}

export const defaultNameThemeOptions: NameThemeOptions = { dominantShare: 0.5, pairShare: 0.6, examples: 3 };

/**
 * Names a group of photos for people: the broad concept most of its photos show (WordNet hypernyms of
 * their ImageNet classes: dog, bird, food, car, clothing…), in the asker's language, plus examples —
 * 「犬の写真」 with レトリーバー・テリア, "dog photos" with "golden retriever, beagle". Japanese never gets
 * the English classifier labels. Pure: the privacy rule decides elsewhere whether a theme may be named.
 */
export function nameTheme(photos: readonly ThemeLabelInput[], options: Partial<NameThemeOptions> = {}): ThemeName {
  return nameWeightedTheme(
    photos.map((photo) => ({ ...photo, weight: 1 })),
    options,
  );
}

/**
 * The same for stored themes that kept only their top labels with shares (runs stored before
 * concepts existed): each label counts with its share.
 */
export function nameThemeFromLabels(
  labels: readonly { label: string; share: number }[],
  options: Partial<NameThemeOptions> = {},
): ThemeName {
  const named = nameWeightedTheme(
    labels.map((entry) => ({ index: null, label: entry.label, weight: entry.share })),
    options,
  );
  return { ...named, labels: [...labels] };
}

function nameWeightedTheme(
  photos: readonly (ThemeLabelInput & { weight: number })[],
  options: Partial<NameThemeOptions>,
): ThemeName {
  const settings = { ...defaultNameThemeOptions, ...options };
  const total = photos.reduce((sum, photo) => sum + photo.weight, 0) || 1;
  const labelWeights = new Map<string, number>();
  const broadWeights = new Map<string, number>();
  const fineWeights = new Map<string, number>();
  for (const photo of photos) {
    const readable = photo.label.replaceAll('_', ' ');
    add(labelWeights, readable, photo.weight);
    const concept = classConcept(photo.index ?? classIndexOfLabel(photo.label) ?? -1);
    add(broadWeights, concept?.broad ?? 'object', photo.weight);
    if (concept?.fine) add(fineWeights, concept.fine, photo.weight);
  }
  const labels = ranked(labelWeights)
    .slice(0, 5)
    .map(([label, weight]) => ({ label, share: weight / total }));
  const concepts = ranked(broadWeights).map(([concept, weight]) => ({ concept, share: weight / total }));
  const [first, second] = concepts;
  const title = (language: Language): string => {
    if (!first) return translate(themeMessages.photos, language);
    const name = (concept: string): string => conceptName(concept, language);
    if (first.share >= settings.dominantShare)
      return translate(themeMessages.single, language, { concept: name(first.concept) });
    if (second && first.share + second.share >= settings.pairShare)
      return translate(themeMessages.pair, language, { first: name(first.concept), second: name(second.concept) });
    const some = concepts.slice(0, 2).map((entry) => name(entry.concept));
    return translate(themeMessages.mixed, language, { concepts: some });
  };
  const titles = { ja: title('ja'), en: title('en') };
  // Japanese examples are concept names: finer ones (レトリーバー) first, then the other broad ones.
  const japanese = [
    ...ranked(fineWeights).map(([concept]) => conceptName(concept, 'ja')),
    ...concepts.map((entry) => conceptName(entry.concept, 'ja')),
  ].filter((name, index, all) => all.indexOf(name) === index && !titles.ja.includes(name));
  const examples = {
    ja: japanese.slice(0, settings.examples),
    en: labels.slice(0, settings.examples).map((entry) => entry.label),
  };
  const name =
    examples.en.length > 0
      ? translate(themeMessages.withExamples, 'en', { title: titles.en, examples: examples.en })
      : titles.en;
  return { name, title: titles, examples, labels, concepts };
}

/**
 * A theme as a reader sees it, in their language: 「犬の写真（例: レトリーバー、テリア）」 or
 * "dog photos (e.g. golden retriever, beagle)". Takes a stored theme with or without `title`
 * (runs stored before theme concepts are named from their labels).
 */
export function themeLabel(
  theme: {
    labels: readonly { label: string; share: number }[];
    title?: Record<Language, string>;
    examples?: Record<Language, string[]>;
  },
  language: Language,
  options: { examples?: boolean } = {},
): string {
  const named =
    theme.title && theme.examples
      ? { title: theme.title, examples: theme.examples }
      : nameThemeFromLabels(theme.labels);
  const title = named.title[language];
  const examples = named.examples[language];
  if (options.examples === false || examples.length === 0) return title;
  return translate(themeMessages.withExamples, language, { title, examples });
}

function add(map: Map<string, number>, key: string, weight: number): void {
  map.set(key, (map.get(key) ?? 0) + weight);
}

function ranked(map: Map<string, number>): [string, number][] {
  return [...map.entries()].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
}
