import { afterAll } from 'vitest';
import { removeTemporaryDirectories } from './temporary-directory.ts';

// Runs in every test file: folders from makeTemporaryDirectory do not outlive their file.
afterAll(() => {
  removeTemporaryDirectories();
});
