import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plantedPersonas } from '../../../tools/planted/planted-personas.ts';
import { readPhotoCatalogue } from '../../../tools/planted/read-photo-catalogue.ts';
import { createFakePhotoFolder } from './fake-photo-folder.ts';

const folder = createFakePhotoFolder(5);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readPhotoCatalogue', () => {
  it('lists the <wnid>_<label>.JPEG stems sorted, ignoring other files', () => {
    const catalogue = readPhotoCatalogue(path.relative(process.cwd(), folder), plantedPersonas);
    expect(catalogue.directory).toBe(folder);
    const personaClassCount = plantedPersonas.reduce((sum, persona) => sum + persona.classes.length, 0);
    expect(catalogue.stems).toHaveLength(personaClassCount + 5);
    expect([...catalogue.stems].sort()).toEqual(catalogue.stems);
    expect(catalogue.stems).not.toContain('SOURCE-README');
  });

  it('refuses a file where a folder is expected', () => {
    const file = path.join(folder, 'SOURCE-README.md');
    expect(() => readPhotoCatalogue(file, plantedPersonas)).toThrow(
      expect.objectContaining({ code: 'PLANTED_PHOTO_FOLDER_MISSING', message: expect.stringContaining(file) }),
    );
  });
});
