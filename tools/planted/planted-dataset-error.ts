import { TakumiError } from '../../src/core/takumi-error.ts';

/**
 * Stable codes of {@link PlantedDatasetError}:
 * - `PLANTED_INVALID_OPTIONS`: an option is out of range (too few customers, bad seed, shares, date…).
 * - `PLANTED_PHOTO_FOLDER_MISSING`: the photo folder does not exist or is not a folder.
 * - `PLANTED_PHOTO_CLASSES_MISSING`: the folder lacks photos of classes the personas are built on.
 */
export type PlantedDatasetErrorCode =
  | 'PLANTED_INVALID_OPTIONS'
  | 'PLANTED_PHOTO_FOLDER_MISSING'
  | 'PLANTED_PHOTO_CLASSES_MISSING';

/** Error raised by the planted-truth dataset generator; `message` says how to fix the input. */
export class PlantedDatasetError extends TakumiError<PlantedDatasetErrorCode> {}
