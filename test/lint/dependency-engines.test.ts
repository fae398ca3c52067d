import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/load-config.ts';

interface LockedPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

/**
 * Packages that may declare a newer Node than Takumi's `engines`, each with the reason the README gives.
 * Anything else that needs a newer Node than package.json says fails this test: either pin an older
 * version or raise `engines` (and the README) honestly.
 */
const knownExceptions: Record<string, string> = {
  'node_modules/@prisma/streams-local': 'the Prisma CLI pulls it in for `prisma dev`, which Takumi never runs',
};

const read = (file: string): unknown => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8'));

describe('package.json engines tell the truth about the dependencies', () => {
  const manifest = read('package.json') as { engines: { node: string }; allowScripts?: Record<string, boolean> };
  const lock = read('package-lock.json') as { packages: Record<string, LockedPackage> };
  const oldestNode = semver.minVersion(manifest.engines.node)!;

  it('every installed runtime package accepts the oldest Node that package.json allows', () => {
    const violations: string[] = [];
    for (const [location, locked] of Object.entries(lock.packages)) {
      const range = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
      // Dev tools and optional platform binaries (other operating systems) are not what Takumi runs.
      if (location === '' || range === undefined || locked.dev || locked.optional) continue;
      if (semver.satisfies(oldestNode, range)) continue;
      if (knownExceptions[location] === undefined) violations.push(`${location}@${locked.version} needs Node ${range}`);
    }
    expect(oldestNode.version).toBe('20.19.0');
    expect(violations).toEqual([]);
  });

  it('each exception still exists and still needs the exception (else remove it from the list and README)', () => {
    for (const location of Object.keys(knownExceptions)) {
      const locked = lock.packages[location];
      expect(locked, location).toBeDefined();
      const range = Array.isArray(locked!.engines) ? undefined : locked!.engines?.node;
      expect(semver.satisfies(oldestNode, range ?? '*'), location).toBe(false);
    }
  });

  it('skips the CUDA download of onnxruntime-node through package.json, not an unknown .npmrc key', () => {
    expect(manifest.allowScripts?.['onnxruntime-node']).toBe(false);
    const npmrc = (() => {
      try {
        return readFileSync(path.join(projectRoot, '.npmrc'), 'utf8');
      } catch {
        return '';
      }
    })();
    // npm 11 warns about project config keys it does not know ("will stop working in the next major").
    expect(npmrc).not.toMatch(/onnxruntime/);
  });
});
