import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const created: string[] = [];

/** A fresh folder under the system temp folder, removed after the test file (see vitest setup). */
export function makeTemporaryDirectory(prefix: string): string {
  const directory = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(directory);
  return directory;
}

/** Removes every folder made by {@link makeTemporaryDirectory} in this test file. */
export function removeTemporaryDirectories(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}
