import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { clusterCustomers } from '../../../src/engine/segments/cluster-customers.ts';

/** `rows` points around 4 planted centres in 6 dimensions (overlapping a little), with their truth. */
function planted(rows: number, seed: number) {
  const random = createRandom(seed);
  const columns = 6;
  const centres = [
    [0, 0, 0, 0, 0, 0],
    [3, 0, 0, 1, 0, 0],
    [0, 3, 0, 0, 1, 0],
    [0, 0, 3, 0, 0, 1],
  ];
  const data = new Float32Array(rows * columns);
  const truth: number[] = [];
  for (let row = 0; row < rows; row += 1) {
    // Unequal sizes, as segments are: 40 / 30 / 20 / 10 %.
    const draw = random.next();
    const group = draw < 0.4 ? 0 : draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3;
    truth.push(group);
    for (let column = 0; column < columns; column += 1)
      data[row * columns + column] = centres[group]![column]! + random.normal() * 0.7;
  }
  return { data, columns, truth };
}

/** Squared distance of a row to a centroid. */
function distance(data: Float32Array, row: number, centroids: Float32Array, k: number, columns: number): number {
  let total = 0;
  for (let column = 0; column < columns; column += 1)
    total += (data[row * columns + column]! - centroids[k * columns + column]!) ** 2;
  return total;
}

describe('clusterCustomers', () => {
  it('chooses k on a seeded sample of a large customer base and assigns every customer on the full data', async () => {
    const rows = 16_000;
    const { data, columns, truth } = planted(rows, 3);
    const sampled = await clusterCustomers(data, rows, columns, { seed: 7, sampleSize: 3000, initializations: 2 });
    expect(sampled.chosenOnRows).toBe(3000);
    expect(sampled.centroids.length / columns).toBe(4);
    expect(adjustedRandIndex(truth, Array.from(sampled.labels))).toBeGreaterThan(0.9);
    // Lloyd's fixed point on all rows: each customer sits with its nearest final centre.
    let misassigned = 0;
    for (let row = 0; row < rows; row += 1) {
      const own = distance(data, row, sampled.centroids, sampled.labels[row]!, columns);
      for (let k = 0; k < 4; k += 1)
        if (distance(data, row, sampled.centroids, k, columns) < own - 1e-4) misassigned += 1;
    }
    expect(misassigned).toBe(0);

    // The same as clustering everybody (up to label names), and the same again from the same seed.
    const full = await clusterCustomers(data, rows, columns, { seed: 7, sampleSize: rows, initializations: 2 });
    expect(full.chosenOnRows).toBe(rows);
    expect(adjustedRandIndex(Array.from(full.labels), Array.from(sampled.labels))).toBeGreaterThan(0.98);
    const again = await clusterCustomers(data, rows, columns, { seed: 7, sampleSize: 3000, initializations: 2 });
    expect(Array.from(again.labels)).toEqual(Array.from(sampled.labels));
  }, 120_000);

  it('with k given, the sample only seeds the centres', async () => {
    const rows = 12_000;
    const { data, columns, truth } = planted(rows, 5);
    const result = await clusterCustomers(data, rows, columns, { k: 4, seed: 1, sampleSize: 2000, initializations: 2 });
    expect(result.silhouetteByK).toBeNull();
    expect(new Set(result.labels).size).toBe(4);
    expect(adjustedRandIndex(truth, Array.from(result.labels))).toBeGreaterThan(0.9);
  }, 60_000);
});
