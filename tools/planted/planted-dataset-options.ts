import type { PersonaPurchaseBehavior } from './planted-personas.ts';

/** Options of `generatePlantedDataset`. */
export interface PlantedDatasetOptions {
  /** Number of customers, ≥ the number of personas (6). */
  customers: number;
  /** Seed of every random step: same seed (and photo folder) → byte-identical files. */
  seed: number;
  /** Folder of `<wnid>_<label>.JPEG` photos; null = the shared ImageNet sample. */
  photoDirectory: string | null;
  /** Last day of the window, `yyyy-mm-dd`. */
  asOfDate: string;
  /** Length of the transaction/photo window in days, ending on (and including) `asOfDate`. */
  windowDays: number;
  /** Probability that a photo shows one of the customer's persona classes. */
  photoPurity: number;
  minimumPhotos: number;
  maximumPhotos: number;
  /** One weight per persona (order of `plantedPersonas`); null = equal shares. */
  personaShares: readonly number[] | null;
  /** Log-odds per standard deviation of purchase frequency in the response model. */
  frequencyCoefficient: number;
  /**
   * Share of customers who post photos at all (chosen at random); the others have purchases only, as
   * in real shops where a minority shares photos. 1 = everyone (the files are then as without it).
   */
  photoShare: number;
  /** One purchase behavior per persona replacing the personas' own; null = theirs. */
  purchaseBehaviors: readonly PersonaPurchaseBehavior[] | null;
}

/** The defaults: 600 customers, a year ending 2026-06-30, seed 7. */
export const defaultPlantedDatasetOptions: PlantedDatasetOptions = {
  customers: 600,
  seed: 7,
  photoDirectory: null,
  asOfDate: '2026-06-30',
  windowDays: 365,
  photoPurity: 0.85,
  minimumPhotos: 3,
  maximumPhotos: 12,
  personaShares: null,
  frequencyCoefficient: 0.8,
  photoShare: 1,
  purchaseBehaviors: null,
};
