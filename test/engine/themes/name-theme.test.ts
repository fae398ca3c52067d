import { describe, expect, it } from 'vitest';
import { nameTheme, nameThemeFromLabels, themeLabel } from '../../../src/engine/themes/name-theme.ts';

// Class indices from the Keras ImageNet list: 207 golden_retriever, 162 beagle, 254 pug,
// 208 Labrador_retriever, 281 tabby, 963 pizza, 954 banana.
const photo = (index: number, label: string) => ({ index, label });
const retriever = photo(207, 'golden_retriever');
const labrador = photo(208, 'Labrador_retriever');
const beagle = photo(162, 'beagle');
const pug = photo(254, 'pug');
const tabby = photo(281, 'tabby');
const pizza = photo(963, 'pizza');
const banana = photo(954, 'banana');

describe('nameTheme', () => {
  it('names a theme by the concept most photos show, with examples in each language', () => {
    const named = nameTheme([retriever, retriever, labrador, beagle, pug, tabby]);
    expect(named.title).toEqual({ ja: '犬の写真', en: 'dog photos' });
    // Fine concepts by weight: retriever 3, hound (beagle) 1 — WordNet files pug under no finer group —
    // then the other broad concept.
    expect(named.examples.ja).toEqual(['レトリーバー', '猟犬（ハウンド）', '猫']);
    // Labels by count, ties alphabetically (locale order: beagle before Labrador).
    expect(named.examples.en).toEqual(['golden retriever', 'beagle', 'Labrador retriever']);
    expect(named.concepts).toEqual([
      { concept: 'dog', share: 5 / 6 },
      { concept: 'cat', share: 1 / 6 },
    ]);
    expect(named.labels[0]).toEqual({ label: 'golden retriever', share: 2 / 6 });
    expect(named.name).toBe('dog photos (e.g. golden retriever, beagle, Labrador retriever)');
  });

  it('names two concepts together when neither holds half, and a mix otherwise', () => {
    // dog 3/7 + cat 2/7 ≥ 0.6, neither ≥ 0.5.
    const pair = nameTheme([retriever, retriever, labrador, tabby, tabby, pizza, banana]);
    expect(pair.title).toEqual({ ja: '犬と猫の写真', en: 'dog and cat photos' });
    expect(pair.examples.ja).toEqual(['レトリーバー', '料理', '果物']);
    const mixed = nameTheme([retriever, tabby, pizza, banana, photo(817, 'sports_car')]);
    // Five concepts of 1/5 each, in id order: banana (fruit) is 'fruit', then 'car', 'cat', 'dish', 'dog'.
    expect(mixed.title).toEqual({ ja: '車・猫などいろいろな写真', en: 'mixed photos (car, cat, …)' });
  });

  it('never puts an English classifier label in the Japanese name', () => {
    const named = nameTheme([photo(817, 'sports_car'), photo(817, 'sports_car'), photo(656, 'minivan')]);
    expect(named.title.ja).toBe('車の写真');
    for (const text of [named.title.ja, ...named.examples.ja]) expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('names stored themes that kept only their labels, and shows them in the asker’s language', () => {
    const stored = {
      labels: [
        { label: 'golden retriever', share: 0.6 },
        { label: 'tabby', share: 0.4 },
      ],
    };
    expect(nameThemeFromLabels(stored.labels).title.ja).toBe('犬の写真');
    expect(themeLabel(stored, 'ja')).toBe('犬の写真（例: レトリーバー、猫）');
    expect(themeLabel(stored, 'en')).toBe('dog photos (e.g. golden retriever, tabby)');
    expect(themeLabel(stored, 'en', { examples: false })).toBe('dog photos');
    expect(themeLabel(nameTheme([pizza, pizza]), 'ja')).toBe('料理の写真');
  });

  it('names an empty theme plainly', () => {
    expect(nameTheme([]).title).toEqual({ ja: '写真', en: 'photos' });
  });
});

describe('describableThemes in the reader’s language', () => {
  it('names describable themes by concept in each language and still withholds small ones', async () => {
    const { describableThemes } = await import('../../../src/engine/themes/describable-themes.ts');
    const dogs = { id: 0, customers: 40, ...nameTheme([retriever, retriever, beagle]) };
    const food = { id: 1, customers: 3, ...nameTheme([pizza, pizza]) };
    const rule = describableThemes([dogs, food], 20);
    expect(rule.name(0, 'ja')).toBe('犬の写真');
    expect(rule.name(0, 'en')).toBe('dog photos');
    expect(rule.name(1, 'ja')).toBeUndefined();
    expect(rule.namesIn('ja')).toEqual(['犬の写真', undefined]);
  });
});
