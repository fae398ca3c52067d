import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlantedDataset } from '../../../tools/planted/generate-planted-dataset.ts';
import { resolveDefaultPhotoDirectory } from '../../../tools/planted/resolve-default-photo-directory.ts';
import { readCsv } from './read-csv.ts';

const sampleDirectory = resolveDefaultPhotoDirectory();

describe.skipIf(!existsSync(sampleDirectory))('generatePlantedDataset on the shared ImageNet sample', () => {
  it('points every photo row at an existing sample file and keeps the Bayes accuracy in range', () => {
    const dataset = generatePlantedDataset({ customers: 600, seed: 7 });
    const { rows } = readCsv(dataset.files.photos);
    const files = new Set(rows.map((row) => row[1] as string));
    for (const file of files) {
      expect(path.dirname(file)).toBe(sampleDirectory);
      expect(existsSync(file)).toBe(true);
    }
    // Noise photos come from the whole sample, so far more than the 183 persona classes appear.
    expect(files.size).toBeGreaterThan(400);
    expect(dataset.truth.parameters.photoDirectory).toBe(sampleDirectory);
    expect(dataset.truth.bayesAccuracy).toBeGreaterThan(0.75);
    expect(dataset.truth.bayesAccuracy).toBeLessThan(0.85);
  });
});
