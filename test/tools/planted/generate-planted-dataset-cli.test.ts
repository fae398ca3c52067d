import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePlantedDataset } from '../../../tools/planted/generate-planted-dataset.ts';
import { createFakePhotoFolder } from './fake-photo-folder.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(repoRoot, 'tools/generate-planted-dataset.ts');
const photos = createFakePhotoFolder();
const out = mkdtempSync(path.join(tmpdir(), 'takumi-planted-out-'));
afterAll(() => {
  rmSync(photos, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const run = (...argv: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...argv], { cwd: repoRoot, encoding: 'utf8' });

describe('tools/generate-planted-dataset.ts', () => {
  it('writes the four files and prints a JSON summary as the last stdout line', () => {
    const child = run('--out', out, '--customers', '60', '--seed', '3', '--photos', photos, '--json');
    expect(child.status, child.stderr).toBe(0);
    const summary = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ out, seed: 3, customers: 60 });
    const expected = generatePlantedDataset({ customers: 60, seed: 3, photoDirectory: photos });
    expect(readFileSync(path.join(out, 'customers.csv'), 'utf8')).toBe(expected.files.customers);
    expect(readFileSync(path.join(out, 'transactions.csv'), 'utf8')).toBe(expected.files.transactions);
    expect(readFileSync(path.join(out, 'photos.csv'), 'utf8')).toBe(expected.files.photos);
    expect(readFileSync(path.join(out, 'truth.json'), 'utf8')).toBe(expected.files.truth);
    expect(summary.bayesAccuracy).toBe(expected.truth.bayesAccuracy);
  });

  it('exits 1 with the error code for bad arguments', () => {
    const tooFew = run('--out', out, '--customers', '5', '--photos', photos, '--json');
    expect(tooFew.status).toBe(1);
    expect(JSON.parse(tooFew.stdout.trim().split('\n').at(-1)!).error.code).toBe('PLANTED_INVALID_OPTIONS');
    const noOut = run('--customers', '60');
    expect(noOut.status).toBe(1);
    expect(noOut.stderr).toContain('--out DIR is required');
    const missing = run('--out', out, '--photos', path.join(out, 'nowhere'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('PLANTED_PHOTO_FOLDER_MISSING');
  });
});
