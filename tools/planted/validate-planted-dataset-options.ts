import type { PlantedDatasetOptions } from './planted-dataset-options.ts';
import { PlantedDatasetError } from './planted-dataset-error.ts';

/** The options {@link validatePlantedDatasetOptions} checks: all but the photo folder. */
export type CheckedPlantedOptions = Omit<PlantedDatasetOptions, 'photoDirectory'>;

/**
 * Rejects options the generator cannot honour, with a message that says the accepted range.
 * `personaCount` personas need ≥ that many customers (so equal shares give each one at least one),
 * and `smallestPersonaClassCount` bounds `maximumPhotos` because photos never repeat per customer.
 *
 * @throws PlantedDatasetError `PLANTED_INVALID_OPTIONS` naming the option.
 */
export function validatePlantedDatasetOptions(
  options: CheckedPlantedOptions,
  personaCount: number,
  smallestPersonaClassCount: number,
): void {
  const fail = (option: string, value: unknown, requirement: string): never => {
    throw new PlantedDatasetError(
      'PLANTED_INVALID_OPTIONS',
      `Option ${option} is ${typeof value === 'number' ? String(value) : JSON.stringify(value)}; ${requirement}.`,
      { option, value },
    );
  };
  const { customers, seed, asOfDate, windowDays, photoPurity, minimumPhotos, maximumPhotos } = options;
  if (!Number.isInteger(customers) || customers < personaCount) {
    fail('customers', customers, `it must be a whole number ≥ ${personaCount} (one per persona), e.g. --customers 600`);
  }
  if (!Number.isFinite(seed)) fail('seed', seed, 'it must be a finite number, e.g. --seed 7');
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(asOfDate) ||
    Number.isNaN(Date.parse(`${asOfDate}T00:00:00Z`)) ||
    new Date(`${asOfDate}T00:00:00Z`).toISOString().slice(0, 10) !== asOfDate
  ) {
    fail('asOfDate', asOfDate, 'it must be a real calendar date written yyyy-mm-dd, e.g. 2026-06-30');
  }
  if (!Number.isInteger(windowDays) || windowDays < 30)
    fail('windowDays', windowDays, 'it must be a whole number of days ≥ 30');
  if (!(photoPurity >= 0 && photoPurity <= 1)) fail('photoPurity', photoPurity, 'it must lie in [0, 1]');
  if (!(options.photoShare >= 0 && options.photoShare <= 1))
    fail('photoShare', options.photoShare, 'it must lie in [0, 1], e.g. --photo-share 0.25');
  if (options.purchaseBehaviors !== null && options.purchaseBehaviors.length !== personaCount)
    fail(
      'purchaseBehaviors',
      options.purchaseBehaviors.length,
      `it must list one behaviour per persona (${personaCount})`,
    );
  if (!Number.isInteger(minimumPhotos) || minimumPhotos < 1)
    fail('minimumPhotos', minimumPhotos, 'it must be a whole number ≥ 1');
  if (!Number.isInteger(maximumPhotos) || maximumPhotos < minimumPhotos || maximumPhotos > smallestPersonaClassCount) {
    fail(
      'maximumPhotos',
      maximumPhotos,
      `it must be a whole number between minimumPhotos (${minimumPhotos}) and ${smallestPersonaClassCount} (the smallest persona's class count, as photos never repeat)`,
    );
  }
  if (!Number.isFinite(options.frequencyCoefficient))
    fail('frequencyCoefficient', options.frequencyCoefficient, 'it must be a finite number');
  const shares = options.personaShares;
  if (shares !== null) {
    if (
      shares.length !== personaCount ||
      shares.some((share) => !(share >= 0) || !Number.isFinite(share)) ||
      !(shares.reduce((sum, share) => sum + share, 0) > 0)
    ) {
      fail(
        'personaShares',
        shares,
        `it must list ${personaCount} non-negative finite weights (one per persona) with a positive sum, or be null for equal shares`,
      );
    }
  }
}
