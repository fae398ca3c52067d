import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { plantedPersonas } from '../../../tools/planted/planted-personas.ts';
import { makeTemporaryDirectory } from '../../support/temporary-directory.ts';

/**
 * A temporary folder of empty files named like the ImageNet sample: every persona class, `extra`
 * filler classes (noise photos) and a README that the generator must ignore. The generator only
 * checks that files exist, so empty files are enough for unit tests.
 */
export function createFakePhotoFolder(extra = 60): string {
  const directory = makeTemporaryDirectory('takumi-planted-photos-');
  const stems = [
    ...plantedPersonas.flatMap((persona) => persona.classes),
    ...Array.from({ length: extra }, (_, index) => `n99${String(index).padStart(6, '0')}_filler_${index}`),
  ];
  for (const stem of stems) writeFileSync(path.join(directory, `${stem}.JPEG`), '');
  writeFileSync(path.join(directory, 'SOURCE-README.md'), 'not a photo\n');
  return directory;
}
