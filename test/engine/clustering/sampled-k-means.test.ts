import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/engine/clustering/adjusted-rand-index.ts';
import { assignToCentroids } from '../../../src/engine/clustering/assign-to-centroids.ts';
import { kMeans } from '../../../src/engine/clustering/k-means.ts';
import { ClusteringError } from '../../../src/engine/engine-errors.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { ReservoirSample } from '../../../src/engine/random/reservoir-sample.ts';
import { clusterThemeVectors } from '../../../src/engine/themes/cluster-theme-vectors.ts';
import { waveClusters } from './wave-clusters.ts';

describe('assignToCentroids', () => {
  it('matches a hand-checked assignment, ties to the lower centroid', () => {
    const centroids = Float32Array.of(0, 0, 10, 0);
    const data = Float32Array.of(1, 1, 9, -1, 5, 0, 12, 0);
    const { labels, squaredDistances } = assignToCentroids(data, 4, 2, centroids);
    expect(Array.from(labels)).toEqual([0, 1, 0, 1]);
    expect(Array.from(squaredDistances)).toEqual([2, 2, 25, 4]);
  });

  it("reproduces k-means' own final assignment (its labels are nearest-centroid labels)", async () => {
    const { data } = waveClusters(600, 12, 5, 1.0, 1.4);
    const fitted = await kMeans(data, 600, 12, { k: 5, seed: 3 });
    // Assigned in pages of 97 rows, as the database theme finder does.
    const labels = new Int32Array(600);
    for (let start = 0; start < 600; start += 97) {
      const rows = Math.min(97, 600 - start);
      labels.set(
        assignToCentroids(data.subarray(start * 12, (start + rows) * 12), rows, 12, fitted.centroids).labels,
        start,
      );
    }
    expect(Array.from(labels)).toEqual(Array.from(fitted.labels));
  });

  it('refuses centroids of another width', () => {
    expect(() => assignToCentroids(new Float32Array(6), 3, 2, new Float32Array(3))).toThrow(ClusteringError);
  });
});

describe('ReservoirSample', () => {
  it('keeps every item with probability capacity / n (checked against the binomial spread) and is seeded', () => {
    const n = 200;
    const capacity = 20;
    const trials = 4000;
    const kept = new Float64Array(n);
    for (let trial = 0; trial < trials; trial += 1) {
      const sample = new ReservoirSample<number>(capacity, createRandom(trial));
      for (let item = 0; item < n; item += 1) sample.offer(item);
      expect(sample.items).toHaveLength(capacity);
      for (const item of sample.items) kept[item]! += 1;
    }
    // Expected 400 per item, binomial sd = sqrt(4000 · 0.1 · 0.9) ≈ 19: every item within 5 sd.
    const sd = Math.sqrt(trials * 0.1 * 0.9);
    for (const count of kept) expect(Math.abs(count - trials * 0.1)).toBeLessThan(5 * sd);
    // Early and late items are kept equally often (a biased reservoir favours one end).
    const early = kept.slice(0, 100).reduce((sum, value) => sum + value, 0);
    const late = kept.slice(100).reduce((sum, value) => sum + value, 0);
    expect(Math.abs(early - late) / (early + late)).toBeLessThan(0.02);
    const again = (seed: number) => {
      const sample = new ReservoirSample<number>(capacity, createRandom(seed));
      for (let item = 0; item < n; item += 1) sample.offer(item);
      return [...sample.items];
    };
    expect(again(5)).toEqual(again(5));
    expect(again(5)).not.toEqual(again(6));
  });

  it('keeps everything when the stream is shorter than the capacity', () => {
    const sample = new ReservoirSample<number>(10, createRandom(1));
    for (let item = 0; item < 4; item += 1) sample.offer(item);
    expect([...sample.items]).toEqual([0, 1, 2, 3]);
    expect(sample.seen).toBe(4);
  });
});

describe('sampled k-means (fit on a sample, assign everything)', () => {
  it('agrees with full k-means on planted data', async () => {
    const rows = 6000;
    const columns = 16;
    // Six Gaussian blobs with unit noise, centres N(0, 1.3²) per column: full k-means recovers them at
    // ARI ≈ 0.98 (not trivially 1), so the comparison can fail.
    const random = createRandom(11);
    const centres = Float32Array.from({ length: 6 * columns }, () => 1.3 * random.normal());
    const truth = new Int32Array(rows);
    const data = new Float32Array(rows * columns);
    for (let row = 0; row < rows; row += 1) {
      truth[row] = random.integer(6);
      for (let column = 0; column < columns; column += 1)
        data[row * columns + column] = centres[truth[row]! * columns + column]! + random.normal();
    }
    const full = await kMeans(data, rows, columns, { k: 6, seed: 1, initializations: 4 });
    const sample = new ReservoirSample<number>(800, createRandom(9));
    for (let row = 0; row < rows; row += 1) sample.offer(row);
    const picked = [...sample.items].sort((left, right) => left - right);
    const sampleData = new Float32Array(picked.length * columns);
    picked.forEach((row, index) => sampleData.set(data.subarray(row * columns, (row + 1) * columns), index * columns));
    const fitted = await clusterThemeVectors(sampleData, picked.length, columns, {
      k: 6,
      minK: 2,
      maxK: 8,
      seed: 1,
      threads: 1,
      initializations: 4,
      restarts: 1,
      tieTolerance: 0,
    });
    const assigned = assignToCentroids(data, rows, columns, fitted.centroids).labels;
    expect(adjustedRandIndex(truth, full.labels)).toBeGreaterThan(0.95);
    expect(adjustedRandIndex(full.labels, assigned)).toBeGreaterThan(0.97);
    expect(adjustedRandIndex(truth, assigned)).toBeGreaterThan(0.95);
    // A restart from another seed is a partition of its own, assigned the same way.
    expect(fitted.restarts).toHaveLength(1);
    const restart = assignToCentroids(data, rows, columns, fitted.restarts[0]!.centroids).labels;
    expect(adjustedRandIndex(full.labels, restart)).toBeGreaterThan(0.9);
  });
});
