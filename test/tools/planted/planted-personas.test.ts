import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plantedPersonas } from '../../../tools/planted/planted-personas.ts';
import { resolveDefaultPhotoDirectory } from '../../../tools/planted/resolve-default-photo-directory.ts';

const sampleDirectory = resolveDefaultPhotoDirectory();

describe('plantedPersonas', () => {
  it('has six personas of 15–40 well-formed classes, each class in one persona only', () => {
    expect(plantedPersonas.map((persona) => persona.name)).toEqual([
      'pet-lovers',
      'foodies',
      'travellers',
      'car-fans',
      'sports-fans',
      'fashion',
    ]);
    const all = plantedPersonas.flatMap((persona) => persona.classes);
    expect(new Set(all).size).toBe(all.length);
    for (const persona of plantedPersonas) {
      expect(persona.classes.length).toBeGreaterThanOrEqual(15);
      expect(persona.classes.length).toBeLessThanOrEqual(40);
      for (const stem of persona.classes) expect(stem).toMatch(/^n\d{8}_\S+$/);
    }
    // Distinct WordNet ids too, so label duplicates such as the two "maillot" classes cannot collide.
    expect(new Set(all.map((stem) => stem.slice(0, 9))).size).toBe(all.length);
  });

  it('spreads response effects over both signs', () => {
    const effects = plantedPersonas.map((persona) => persona.responseEffect);
    expect(Math.min(...effects)).toBeLessThan(-1);
    expect(Math.max(...effects)).toBeGreaterThan(1);
  });
});

describe.skipIf(!existsSync(sampleDirectory))('plantedPersonas on the shared ImageNet sample', () => {
  it('names only files that exist in the sample', () => {
    const missing = plantedPersonas.flatMap((persona) =>
      persona.classes.filter((stem) => !existsSync(path.join(sampleDirectory, `${stem}.JPEG`))),
    );
    expect(missing).toEqual([]);
  });
});
