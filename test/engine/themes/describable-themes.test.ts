import { describe, expect, it } from 'vitest';
import { describableThemes } from '../../../src/engine/themes/describable-themes.ts';

describe('describableThemes', () => {
  const themes = [
    { id: 0, name: 'golden retriever', customers: 83 },
    { id: 1, name: 'pill bottle', customers: 1 },
    { id: 2, name: 'pizza', customers: 20 },
    { id: 3, name: 'broken', customers: Number.NaN },
  ];
  const rule = describableThemes(themes, 20);

  it('names only themes posted by at least the minimum number of customers', () => {
    expect(rule.themes.map((theme) => theme.id)).toEqual([0, 2]);
    expect([0, 1, 2, 3, 9].map((id) => rule.has(id))).toEqual([true, false, true, false, false]);
    expect(rule.name(1)).toBeUndefined();
    expect(rule.name(2)).toBe('pizza');
    expect(rule.names).toEqual(['golden retriever', undefined, 'pizza', undefined]);
  });

  it('lets non-theme features through and theme shares only of describable themes', () => {
    expect(rule.allowsFeature('theme_0_share')).toBe(true);
    expect(rule.allowsFeature('theme_1_share')).toBe(false);
    expect(rule.allowsFeature('recency_days')).toBe(true);
  });

  it('never describes a theme nobody posted in, whatever the minimum', () => {
    expect(describableThemes([{ id: 0, name: 'x', customers: 0 }], 0).has(0)).toBe(false);
  });
});
