import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { findVisualThemes, type ThemePhoto } from '../../../src/engine/themes/find-visual-themes.ts';

/** Photos around three directions in 64-d space, labelled like the classifier would. */
function photos(perTheme: number): ThemePhoto[] {
  const random = createRandom(11);
  // [Keras class index, label]
  const names: [number, string][][] = [
    [
      [207, 'golden_retriever'],
      [208, 'Labrador_retriever'],
    ],
    [
      [963, 'pizza'],
      [933, 'cheeseburger'],
    ],
    [
      [817, 'sports_car'],
      [511, 'convertible'],
    ],
  ];
  const result: ThemePhoto[] = [];
  for (let theme = 0; theme < 3; theme += 1) {
    for (let index = 0; index < perTheme + theme * 5; index += 1) {
      const vector = new Float32Array(64);
      for (let column = 0; column < 64; column += 1)
        vector[column] = Math.max(0, random.normal() * 0.3 + (column % 3 === theme ? 2 : 0));
      result.push({
        vector,
        topLabels: [
          {
            index: names[theme]![index % 3 === 0 ? 1 : 0]![0],
            label: names[theme]![index % 3 === 0 ? 1 : 0]![1],
            probability: 0.9,
          },
        ],
      });
    }
  }
  return result;
}

describe('findVisualThemes', () => {
  it('finds the planted themes, largest first, named by their labels, with a 2-D projection', async () => {
    const input = photos(20);
    const result = await findVisualThemes(input, { minK: 2, maxK: 6, components: 8, seed: 3 });
    expect(result.themes.map((theme) => theme.size)).toEqual([30, 25, 20]);
    expect(result.themes[0]!.title).toEqual({ ja: '車の写真', en: 'car photos' });
    expect(result.themes[0]!.name).toBe('car photos (e.g. sports car, convertible)');
    expect(result.themes[1]!.title.ja).toBe('料理の写真');
    expect(result.themes[2]!.title.ja).toBe('犬の写真');
    expect(result.themes[2]!.examples).toEqual({
      ja: ['レトリーバー'],
      en: ['golden retriever', 'Labrador retriever'],
    });
    expect(result.themes.reduce((sum, theme) => sum + theme.share, 0)).toBeCloseTo(1, 12);
    expect(result.projection).toHaveLength(input.length * 2);
    expect(result.silhouetteByK!.find((score) => score.k === 3)!.silhouette).toBeGreaterThan(
      result.silhouetteByK!.find((score) => score.k === 2)!.silhouette,
    );
  });

  it('says how many photos are needed when there are too few', async () => {
    await expect(findVisualThemes(photos(1).slice(0, 3), { minK: 3 })).rejects.toThrow(
      /needs at least 4 embedded photos; this dataset has 3/,
    );
  });

  it('returns restart partitions at the chosen k from other seeds, none unless asked', async () => {
    const input = photos(20);
    const plain = await findVisualThemes(input, { minK: 2, maxK: 6, components: 8, seed: 3 });
    expect(plain.restartPhotoThemes).toEqual([]);
    const result = await findVisualThemes(input, { minK: 2, maxK: 6, components: 8, seed: 3, restarts: 3 });
    expect(result.restartPhotoThemes).toHaveLength(3);
    for (const partition of result.restartPhotoThemes) {
      expect(partition).toHaveLength(input.length);
      // Well-separated themes: every restart finds the same three groups.
      expect(adjustedRandIndex(result.photoThemes, partition)).toBe(1);
      expect(new Set(partition).size).toBe(3);
    }
    expect(result.photoThemes).toEqual(plain.photoThemes);
  });

  it('with a tie tolerance, the largest k whose silhouette is within it of the best', async () => {
    const input = photos(20);
    const strict = await findVisualThemes(input, { minK: 2, maxK: 6, components: 8, seed: 3 });
    const tolerant = await findVisualThemes(input, { minK: 2, maxK: 6, components: 8, seed: 3, tieTolerance: 0.5 });
    const scores = tolerant.silhouetteByK!;
    const best = Math.max(...scores.map((score) => score.silhouette));
    const expected = scores.filter((score) => score.silhouette >= best - 0.5).at(-1)!.k;
    expect(strict.themes).toHaveLength(3);
    expect(expected).toBeGreaterThan(3);
    expect(tolerant.themes).toHaveLength(expected);
  });
});
