import { existsSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlantedDataset, type PlantedDataset } from '../../../tools/planted/generate-planted-dataset.ts';
import { PlantedDatasetError } from '../../../tools/planted/planted-dataset-error.ts';
import { partialPhotoBehaviors } from '../../../tools/planted/partial-photo-behaviors.ts';
import { plantedPersonas } from '../../../tools/planted/planted-personas.ts';
import type { PlantedTruth } from '../../../tools/planted/planted-truth.ts';
import { createFakePhotoFolder } from './fake-photo-folder.ts';
import { readCsv } from './read-csv.ts';

let photoDirectory = '';
let dataset: PlantedDataset;

beforeAll(() => {
  photoDirectory = createFakePhotoFolder();
  dataset = generatePlantedDataset({ photoDirectory, customers: 600, seed: 7 });
});
afterAll(() => rmSync(photoDirectory, { recursive: true, force: true }));

const groupBy = (rows: string[][]): Map<string, string[][]> => {
  const groups = new Map<string, string[][]>();
  for (const row of rows) groups.set(row[0] as string, [...(groups.get(row[0] as string) ?? []), row]);
  return groups;
};

describe('generatePlantedDataset determinism', () => {
  it('gives byte-identical files for the same seed', () => {
    const again = generatePlantedDataset({ photoDirectory, customers: 600, seed: 7 });
    expect(again.files).toEqual(dataset.files);
  });

  it('gives different files for a different seed', () => {
    const other = generatePlantedDataset({ photoDirectory, customers: 600, seed: 8 });
    expect(other.files.customers).not.toBe(dataset.files.customers);
    expect(other.files.transactions).not.toBe(dataset.files.transactions);
    expect(other.files.photos).not.toBe(dataset.files.photos);
    expect(other.files.truth).not.toBe(dataset.files.truth);
  });
});

describe('generatePlantedDataset structure', () => {
  it('writes one customer row per customer, with a 0/1 responded column and no persona', () => {
    const { header, rows } = readCsv(dataset.files.customers);
    expect(header).toEqual(['customer_id', 'name', 'email', 'age', 'region', 'responded']);
    expect(rows).toHaveLength(600);
    expect(new Set(rows.map((row) => row[0])).size).toBe(600);
    expect(rows[41]).toEqual([
      'C0042',
      'Customer 0042',
      'c0042@example.test',
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    for (const row of rows) {
      expect(Number(row[3])).toBeGreaterThanOrEqual(18);
      expect(Number(row[3])).toBeLessThanOrEqual(85);
      expect(['0', '1']).toContain(row[5]);
    }
    expect(dataset.files.customers).not.toMatch(/pet-lovers|foodies|persona/);
  });

  it('gives every customer ≥ 1 transaction with ISO dates inside the 365-day window', () => {
    const { header, rows } = readCsv(dataset.files.transactions);
    expect(header).toEqual(['customer_id', 'date', 'amount']);
    const byCustomer = groupBy(rows);
    expect(byCustomer.size).toBe(600);
    for (const row of rows) {
      expect(row[1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[1]! >= '2025-07-01' && row[1]! <= '2026-06-30').toBe(true);
      expect(row[2]).toMatch(/^\d+\.\d{2}$/);
      expect(Number(row[2])).toBeGreaterThanOrEqual(1);
    }
    expect(dataset.truth.parameters.firstDate).toBe('2025-07-01');
  });

  it('gives 3–12 distinct existing photos per customer with absolute paths and dates in the window', () => {
    const { header, rows } = readCsv(dataset.files.photos);
    expect(header).toEqual(['customer_id', 'path', 'posted_at']);
    const byCustomer = groupBy(rows);
    expect(byCustomer.size).toBe(600);
    for (const photos of byCustomer.values()) {
      expect(photos.length).toBeGreaterThanOrEqual(3);
      expect(photos.length).toBeLessThanOrEqual(12);
      expect(new Set(photos.map((row) => row[1])).size).toBe(photos.length);
    }
    const counts = [...byCustomer.values()].map((photos) => photos.length);
    expect(Math.min(...counts)).toBe(3);
    expect(Math.max(...counts)).toBe(12);
    for (const file of new Set(rows.map((row) => row[1] as string))) {
      expect(path.isAbsolute(file)).toBe(true);
      expect(path.dirname(file)).toBe(photoDirectory);
      expect(existsSync(file)).toBe(true);
    }
    for (const row of rows) expect(row[2]! >= '2025-07-01' && row[2]! <= '2026-06-30').toBe(true);
  });

  it('splits equal shares exactly and honours given shares', () => {
    expect(dataset.truth.personas.map((persona) => persona.customerCount)).toEqual([100, 100, 100, 100, 100, 100]);
    const skewed = generatePlantedDataset({
      photoDirectory,
      customers: 60,
      seed: 3,
      personaShares: [3, 1, 1, 1, 0, 0],
    });
    expect(skewed.truth.personas.map((persona) => persona.customerCount)).toEqual([30, 10, 10, 10, 0, 0]);
  });

  it('plants persona-dependent purchase frequency (foodies buy more often than travellers)', () => {
    const counts = groupBy(readCsv(dataset.files.transactions).rows);
    const meanFrequency = (persona: string): number => {
      const customers = dataset.truth.customers.filter((customer) => customer.persona === persona);
      return customers.reduce((sum, customer) => sum + counts.get(customer.customerId)!.length, 0) / customers.length;
    };
    expect(meanFrequency('foodies')).toBeGreaterThan(2 * meanFrequency('travellers'));
  });
});

describe('generatePlantedDataset with photos for some customers', () => {
  it('gives photos to exactly the share asked for and keeps everything else as without it', () => {
    const partial = generatePlantedDataset({ photoDirectory, customers: 600, seed: 7, photoShare: 0.25 });
    const posters = new Set(readCsv(partial.files.photos).rows.map((row) => row[0]));
    expect(posters.size).toBe(150);
    // The posters' photos are the ones they would have had with everyone posting.
    const all = readCsv(dataset.files.photos).rows.filter((row) => posters.has(row[0]));
    expect(readCsv(partial.files.photos).rows).toEqual(all);
    expect(partial.files.transactions).toBe(dataset.files.transactions);
    expect(partial.files.customers).toBe(dataset.files.customers);
    expect(generatePlantedDataset({ photoDirectory, customers: 600, seed: 7, photoShare: 1 }).files).toEqual(
      dataset.files,
    );
  });

  it('uses the given purchase behaviors per persona (partial-photo evaluation: paces 1 and 30 a year)', () => {
    const planted = generatePlantedDataset({
      photoDirectory,
      customers: 600,
      seed: 7,
      photoShare: 0.25,
      purchaseBehaviors: partialPhotoBehaviors,
    });
    const counts = groupBy(readCsv(planted.files.transactions).rows);
    const meanOf = (persona: number, pick: (rows: string[][]) => number): number => {
      const customers = planted.truth.customers.filter(
        (customer) => customer.persona === plantedPersonas[persona]!.name,
      );
      return customers.reduce((sum, customer) => sum + pick(counts.get(customer.customerId)!), 0) / customers.length;
    };
    const purchases = (rows: string[][]): number => rows.length;
    const orderValue = (rows: string[][]): number => rows.reduce((sum, row) => sum + Number(row[2]), 0) / rows.length;
    // Personas 0–2 buy about once a year, 3–5 about 30 times; order values 10, 50, 250 within each pace.
    for (const persona of [0, 1, 2]) expect(meanOf(persona, purchases)).toBeLessThan(2);
    for (const persona of [3, 4, 5]) expect(meanOf(persona, purchases)).toBeGreaterThan(10);
    [10, 50, 250, 10, 50, 250].forEach((spend, persona) => {
      expect(meanOf(persona, orderValue) / spend).toBeGreaterThan(0.85);
      expect(meanOf(persona, orderValue) / spend).toBeLessThan(1.15);
    });
  });
});

describe('generatePlantedDataset planted truth', () => {
  it('draws about 85% of photos from the customer persona classes', () => {
    const personaOf = new Map(dataset.truth.customers.map((customer) => [customer.customerId, customer.persona]));
    const classesOf = new Map(plantedPersonas.map((persona) => [persona.name, new Set(persona.classes)]));
    const { rows } = readCsv(dataset.files.photos);
    const pure = rows.filter((row) =>
      classesOf.get(personaOf.get(row[0]!)!)!.has(path.basename(row[1]!, '.JPEG')),
    ).length;
    // ≈ 4,500 photos: the binomial sd of the share is ≈ 0.005, so ±0.02 is about 4 sd.
    expect(pure / rows.length).toBeGreaterThan(0.83);
    expect(pure / rows.length).toBeLessThan(0.87);
  });

  it('reports a Bayes accuracy that recomputes from truth.json and lies in 0.75–0.85', () => {
    const truth = JSON.parse(dataset.files.truth) as PlantedTruth;
    const probabilities = truth.customers.map((customer) => customer.responseProbability);
    const recomputed = probabilities.reduce((sum, p) => sum + Math.max(p, 1 - p), 0) / probabilities.length;
    expect(truth.bayesAccuracy).toBeCloseTo(recomputed, 12);
    expect(truth.bayesAccuracy).toBeGreaterThan(0.75);
    expect(truth.bayesAccuracy).toBeLessThan(0.85);

    const responded = readCsv(dataset.files.customers).rows.map((row) => Number(row[5]));
    const realised =
      probabilities.filter((p, index) => (p >= 0.5 ? 1 : 0) === responded[index]).length / probabilities.length;
    expect(truth.realisedBayesAccuracy).toBeCloseTo(realised, 12);
    expect(truth.responseRate).toBeCloseTo(responded.reduce((sum, value) => sum + value, 0) / responded.length, 12);
    // The labels are Bernoulli(p): their mean sits within ~4 sd (≈ 0.016 each) of the mean p.
    expect(
      Math.abs(truth.responseRate - probabilities.reduce((sum, p) => sum + p, 0) / probabilities.length),
    ).toBeLessThan(0.065);
  });

  it('recomputes every response probability from the files with the documented model', () => {
    const truth = JSON.parse(dataset.files.truth) as PlantedTruth;
    const counts = groupBy(readCsv(dataset.files.transactions).rows);
    const frequencies = truth.customers.map((customer) => counts.get(customer.customerId)!.length);
    const mean = frequencies.reduce((sum, value) => sum + value, 0) / frequencies.length;
    const sd = Math.sqrt(frequencies.reduce((sum, value) => sum + (value - mean) ** 2, 0) / frequencies.length);
    const effects = new Map(truth.personas.map((persona) => [persona.name, persona.responseEffect]));
    truth.customers.forEach((customer, index) => {
      const logOdds =
        effects.get(customer.persona)! + truth.parameters.frequencyCoefficient * ((frequencies[index]! - mean) / sd);
      expect(customer.responseProbability).toBeCloseTo(1 / (1 + Math.exp(-logOdds)), 12);
    });
    expect(truth.parameters.frequencyMean).toBeCloseTo(mean, 12);
    expect(new Set(truth.customers.map((customer) => customer.persona))).toEqual(new Set(truth.personaNames));
  });
});

describe('generatePlantedDataset bad input', () => {
  it('names a missing photo folder and says how to fix it', () => {
    const missing = path.join(photoDirectory, 'does-not-exist');
    let caught: unknown;
    try {
      generatePlantedDataset({ photoDirectory: missing });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlantedDatasetError);
    const error = caught as PlantedDatasetError;
    expect(error.code).toBe('PLANTED_PHOTO_FOLDER_MISSING');
    expect(error.message).toContain(missing);
    expect(error.message).toContain('--photos');
    expect(error.message).toContain('TAKUMI_SHARED_DIR');
    expect(error.details).toEqual({ photoDirectory: missing });
  });

  it('names the persona photos a folder lacks', () => {
    const folder = createFakePhotoFolder(0);
    try {
      unlinkSync(path.join(folder, 'n07873807_pizza.JPEG'));
      expect(() => generatePlantedDataset({ photoDirectory: folder })).toThrow(
        expect.objectContaining({
          code: 'PLANTED_PHOTO_CLASSES_MISSING',
          message: expect.stringContaining('n07873807_pizza.JPEG'),
        }),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses fewer customers than personas and other out-of-range options', () => {
    expect(() => generatePlantedDataset({ photoDirectory, customers: 5 })).toThrow(
      expect.objectContaining({ code: 'PLANTED_INVALID_OPTIONS', message: expect.stringContaining('≥ 6') }),
    );
    expect(() => generatePlantedDataset({ photoDirectory, customers: 6.5 })).toThrow(PlantedDatasetError);
    expect(() => generatePlantedDataset({ photoDirectory, seed: Number.NaN })).toThrow(PlantedDatasetError);
    expect(() => generatePlantedDataset({ photoDirectory, asOfDate: '2026-02-30' })).toThrow(PlantedDatasetError);
    expect(() => generatePlantedDataset({ photoDirectory, maximumPhotos: 2 })).toThrow(PlantedDatasetError);
    expect(() => generatePlantedDataset({ photoDirectory, personaShares: [1, 1] })).toThrow(PlantedDatasetError);
    expect(() => generatePlantedDataset({ photoDirectory, personaShares: [0, 0, 0, 0, 0, 0] })).toThrow(
      PlantedDatasetError,
    );
  });

  it('refuses a photo share outside [0, 1] and a behavior list of the wrong length', () => {
    expect(() => generatePlantedDataset({ photoDirectory, photoShare: 1.5 })).toThrow(
      expect.objectContaining({ code: 'PLANTED_INVALID_OPTIONS', message: expect.stringContaining('photoShare') }),
    );
    expect(() => generatePlantedDataset({ photoDirectory, purchaseBehaviors: partialPhotoBehaviors.slice(1) })).toThrow(
      expect.objectContaining({ code: 'PLANTED_INVALID_OPTIONS', message: expect.stringContaining('one behaviour') }),
    );
  });

  it('works at the minimum of 6 customers, one per persona', () => {
    const small = generatePlantedDataset({ photoDirectory, customers: 6, seed: 1 });
    expect(small.truth.personas.map((persona) => persona.customerCount)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
