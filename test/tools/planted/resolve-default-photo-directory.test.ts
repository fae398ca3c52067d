import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveDefaultPhotoDirectory } from '../../../tools/planted/resolve-default-photo-directory.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('resolveDefaultPhotoDirectory', () => {
  it('uses ../shared from the repository root unless TAKUMI_SHARED_DIR is set', () => {
    expect(resolveDefaultPhotoDirectory({})).toBe(path.resolve(repoRoot, '../shared/datasets/imagenet-sample'));
    expect(resolveDefaultPhotoDirectory({ TAKUMI_SHARED_DIR: '/data/shared' })).toBe(
      '/data/shared/datasets/imagenet-sample',
    );
  });
});
