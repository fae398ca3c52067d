import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { drawCustomerPhotos } from '../../../tools/planted/draw-customer-photos.ts';

const personaClasses = Array.from({ length: 15 }, (_, index) => `persona_${index}`);
const noiseClasses = Array.from({ length: 40 }, (_, index) => `noise_${index}`);

describe('drawCustomerPhotos', () => {
  it('never repeats a photo, even when the count equals the pool size', () => {
    const random = createRandom(2);
    for (let customer = 0; customer < 200; customer += 1) {
      const photos = drawCustomerPhotos(random, personaClasses, noiseClasses, 15, 1, 365);
      expect(new Set(photos.map((photo) => photo.stem)).size).toBe(15);
    }
  });

  it('draws persona classes with probability `purity` and returns photos in posting order', () => {
    const random = createRandom(3);
    let persona = 0;
    let total = 0;
    for (let customer = 0; customer < 2000; customer += 1) {
      const photos = drawCustomerPhotos(random, personaClasses, noiseClasses, 6, 0.7, 365);
      photos.forEach((photo, index) => {
        expect(photo.day).toBeGreaterThanOrEqual(index === 0 ? 0 : photos[index - 1]!.day);
        expect(photo.day).toBeLessThan(365);
      });
      persona += photos.filter((photo) => photo.stem.startsWith('persona_')).length;
      total += photos.length;
    }
    // 12,000 Bernoulli(0.7) draws: sd of the share ≈ 0.004.
    expect(Math.abs(persona / total - 0.7)).toBeLessThan(0.015);
    expect(
      drawCustomerPhotos(createRandom(1), personaClasses, noiseClasses, 10, 0, 365).every((photo) =>
        photo.stem.startsWith('noise_'),
      ),
    ).toBe(true);
  });
});
