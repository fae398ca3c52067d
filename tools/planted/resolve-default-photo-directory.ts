import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared ImageNet sample: `$TAKUMI_SHARED_DIR/datasets/imagenet-sample` when the variable is
 * set, otherwise `../shared/datasets/imagenet-sample` relative to the repository root. Read at call
 * time so tests and scripts can change the environment first.
 */
export function resolveDefaultPhotoDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  const override = environment.TAKUMI_SHARED_DIR;
  const sharedRoot = override && override.length > 0 ? path.resolve(override) : path.resolve(repoRoot, '../shared');
  return path.join(sharedRoot, 'datasets', 'imagenet-sample');
}
