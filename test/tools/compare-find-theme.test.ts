import { describe, expect, it } from 'vitest';
import { describableThemes } from '../../src/engine/themes/describable-themes.ts';
import { nameTheme } from '../../src/engine/themes/name-theme.ts';
import { findTheme } from '../../src/tools/shared/find-theme.ts';

// Real theme names of ImageNet classes: 207 golden retriever (dog), 281 tabby (cat), 817 sports car.
const themes = [
  { id: 0, customers: 40, index: 207, label: 'golden_retriever' },
  { id: 1, customers: 30, index: 281, label: 'tabby' },
  { id: 2, customers: 25, index: 817, label: 'sports_car' },
  { id: 3, customers: 3, index: 285, label: 'Egyptian_cat' },
].map(({ id, customers, index, label }) => ({
  id,
  customers,
  size: customers,
  share: 0.25,
  ...nameTheme([{ index, label }]),
}));
const describable = describableThemes(themes, 20);

describe('findTheme', () => {
  it('finds a theme by a word of its name in Japanese or English, or by number', () => {
    expect(findTheme('犬', describable)?.id).toBe(0);
    expect(findTheme('猫', describable)?.id).toBe(1);
    expect(findTheme('犬の写真', describable)?.id).toBe(0);
    expect(findTheme('dog', describable)?.id).toBe(0);
    expect(findTheme('cat photos', describable)?.id).toBe(1);
    expect(findTheme('sports car', describable)?.id).toBe(2);
    expect(findTheme('教えて犬', describable)?.id).toBe(0);
    expect(findTheme(2, describable)?.id).toBe(2);
    expect(findTheme('テーマ1', describable)?.id).toBe(1);
    expect(findTheme('T0', describable)?.id).toBe(0);
  });

  it('never finds a theme too few customers posted in, nor a word no theme carries', () => {
    expect(findTheme(3, describable)).toBeNull();
    expect(findTheme('egyptian', describable)).toBeNull();
    expect(findTheme('unicorn', describable)).toBeNull();
    expect(findTheme('の', describable)).toBeNull();
  });
});
