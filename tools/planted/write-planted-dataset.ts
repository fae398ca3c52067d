import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PlantedDataset } from './generate-planted-dataset.ts';

/** Absolute paths of the four files written by {@link writePlantedDataset}. */
export interface PlantedDatasetPaths {
  customers: string;
  transactions: string;
  photos: string;
  truth: string;
}

/**
 * Writes customers.csv, transactions.csv, photos.csv and truth.json into `outDirectory` (created
 * if needed, existing files of those names replaced) and returns their absolute paths.
 */
export function writePlantedDataset(dataset: PlantedDataset, outDirectory: string): PlantedDatasetPaths {
  const directory = path.resolve(outDirectory);
  mkdirSync(directory, { recursive: true });
  const paths: PlantedDatasetPaths = {
    customers: path.join(directory, 'customers.csv'),
    transactions: path.join(directory, 'transactions.csv'),
    photos: path.join(directory, 'photos.csv'),
    truth: path.join(directory, 'truth.json'),
  };
  for (const key of ['customers', 'transactions', 'photos', 'truth'] as const)
    writeFileSync(paths[key], dataset.files[key]);
  return paths;
}
