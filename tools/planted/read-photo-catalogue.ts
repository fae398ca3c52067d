import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PlantedDatasetError } from './planted-dataset-error.ts';
import type { PlantedPersona } from './planted-personas.ts';

/** The ImageNet-sample-style photos found in a folder. */
export interface PhotoCatalogue {
  /** Absolute path of the folder. */
  directory: string;
  /** Every `<wnid>_<label>` stem with a `<stem>.JPEG` file in the folder, sorted (byte order). */
  stems: readonly string[];
}

const photoFilePattern = /^(n\d{8}_.+)\.JPEG$/;
/** Enough missing names to recognise the problem without flooding the terminal. */
const listedMissingLimit = 10;

/**
 * Lists the `<wnid>_<label>.JPEG` files of `directory` and checks that every class a persona is
 * built on is there, so a dataset never points at photos that do not exist. Other files (e.g.
 * SOURCE-README.md) are ignored. Stems are sorted so the draws do not depend on the order the
 * file system lists them in.
 *
 * @throws PlantedDatasetError `PLANTED_PHOTO_FOLDER_MISSING` when the folder does not exist,
 *   `PLANTED_PHOTO_CLASSES_MISSING` naming the missing files.
 */
export function readPhotoCatalogue(directory: string, personas: readonly PlantedPersona[]): PhotoCatalogue {
  const absolute = path.resolve(directory);
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) {
    throw new PlantedDatasetError(
      'PLANTED_PHOTO_FOLDER_MISSING',
      `Photo folder "${absolute}" does not exist or is not a folder. Pass --photos DIR (option ` +
        '`photoDirectory`) pointing at a folder of ImageNet sample photos named <wnid>_<label>.JPEG, ' +
        'or set TAKUMI_SHARED_DIR to the shared folder that contains datasets/imagenet-sample.',
      { photoDirectory: absolute },
    );
  }
  const stems = readdirSync(absolute)
    .map((name) => photoFilePattern.exec(name)?.[1])
    .filter((stem): stem is string => stem !== undefined)
    .sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  const present = new Set(stems);
  const missing = personas.flatMap((persona) =>
    persona.classes.filter((stem) => !present.has(stem)).map((stem) => `${stem}.JPEG`),
  );
  if (missing.length > 0) {
    const listed = missing.slice(0, listedMissingLimit).join(', ');
    const more = missing.length > listedMissingLimit ? ` and ${missing.length - listedMissingLimit} more` : '';
    throw new PlantedDatasetError(
      'PLANTED_PHOTO_CLASSES_MISSING',
      `Photo folder "${absolute}" lacks ${missing.length} photo(s) the personas need: ${listed}${more}. ` +
        'Point --photos at the full ImageNet sample (shared/datasets/imagenet-sample, 1000 classes) ' +
        'or add the missing files.',
      { photoDirectory: absolute, missing },
    );
  }
  return { directory: absolute, stems };
}
