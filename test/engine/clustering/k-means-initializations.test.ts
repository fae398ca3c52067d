import { describe, expect, it } from 'vitest';
import { kMeans } from '../../../src/engine/clustering/k-means.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';

/** Eight tight blobs on a line: one k-means++ start often merges two of them, several rarely do. */
function blobs(): Float32Array {
  const random = createRandom(4);
  const data = new Float32Array(8 * 25 * 2);
  for (let row = 0; row < 200; row += 1) {
    data[row * 2] = Math.floor(row / 25) * 3 + random.normal() * 0.4;
    data[row * 2 + 1] = random.normal() * 0.4;
  }
  return data;
}

describe('kMeans initializations', () => {
  it('keeps the start with the lowest inertia, never worse than any single start', async () => {
    const data = blobs();
    const singles = await Promise.all([0, 7919, 15838, 23757].map((seed) => kMeans(data, 200, 2, { k: 8, seed })));
    const best = await kMeans(data, 200, 2, { k: 8, seed: 0, initializations: 4 });
    expect(best.inertia).toBeCloseTo(Math.min(...singles.map((single) => single.inertia)), 6);
  });

  it('refuses a non-positive number of starts', async () => {
    await expect(kMeans(blobs(), 200, 2, { k: 2, initializations: 0 })).rejects.toThrow(
      /initializations must be a positive integer/,
    );
  });
});
