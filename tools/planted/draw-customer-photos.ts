import type { Random } from '../../src/engine/random/create-random.ts';

/** One drawn photo: its class stem and the window day (0-based) it was posted on. */
export interface DrawnPhoto {
  stem: string;
  day: number;
}

/**
 * Draws `count` distinct photos for one customer: each is, with probability `purity`, one of the
 * persona's classes, otherwise one of `noiseClasses` (every other photo of the folder), as people
 * also post things outside their main interest. A class already drawn for this customer is
 * drawn again from the same pool, so no photo repeats within a customer. Posting days are
 * uniform over the window, and photos come back in posting order.
 *
 * Both pools must hold at least `count` classes (the caller checks `maximumPhotos`).
 */
export function drawCustomerPhotos(
  random: Random,
  personaClasses: readonly string[],
  noiseClasses: readonly string[],
  count: number,
  purity: number,
  windowDays: number,
): DrawnPhoto[] {
  const used = new Set<string>();
  const photos: DrawnPhoto[] = [];
  for (let index = 0; index < count; index += 1) {
    const pool = random.next() < purity ? personaClasses : noiseClasses;
    let stem: string;
    // Rejection is cheap: pools hold ≥ 30 classes and a customer has at most a dozen photos.
    do stem = pool[random.integer(pool.length)] as string;
    while (used.has(stem));
    used.add(stem);
    photos.push({ stem, day: random.integer(windowDays) });
  }
  return photos.sort((left, right) => left.day - right.day);
}
