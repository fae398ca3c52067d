import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);

/** Runs a checker and returns its exit code and output instead of throwing on failure. */
async function check(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, timeout: 90_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout}${failed.stderr}` };
  }
}

/**
 * `npm test` runs `npm run lint` (Biome with biome.json, then dependency-cruiser with
 * .dependency-cruiser.cjs). These checks put a deliberate failure of each in a scratch folder that
 * uses the repository's own configuration files, so a loosened config makes this test fail.
 */
describe('lint and import-cycle checks catch what they are for', () => {
  it('Biome (biome.json) fails on a lint error and passes the fixed file', async () => {
    const directory = makeTemporaryDirectory('takumi-lint-');
    const config = JSON.parse(await readFile(path.join(root, 'biome.json'), 'utf8')) as Record<string, unknown>;
    delete config['$schema'];
    await writeFile(path.join(directory, 'biome.json'), JSON.stringify(config, null, 2));
    await mkdir(path.join(directory, 'src'));
    // `debugger` and an unused import: both errors of the recommended rules.
    await writeFile(
      path.join(directory, 'src', 'bad.ts'),
      "import { join } from 'node:path';\n\nexport function f(): number {\n  debugger;\n  return 1;\n}\n",
    );
    const bad = await check(bin('biome'), ['ci', '--vcs-enabled=false', 'src'], directory);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/noDebugger/);
    expect(bad.output).toMatch(/noUnusedImports/);
    await writeFile(path.join(directory, 'src', 'bad.ts'), 'export function f(): number {\n  return 1;\n}\n');
    expect((await check(bin('biome'), ['ci', '--vcs-enabled=false', 'src'], directory)).code).toBe(0);
  });

  it('dependency-cruiser (.dependency-cruiser.cjs) fails on a cycle made only of type imports', async () => {
    const directory = makeTemporaryDirectory('takumi-cycles-');
    await mkdir(path.join(directory, 'src'));
    await writeFile(
      path.join(directory, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }),
    );
    await writeFile(
      path.join(directory, 'src', 'a.ts'),
      "import type { B } from './b.ts';\nexport interface A { b?: B }\n",
    );
    await writeFile(
      path.join(directory, 'src', 'b.ts'),
      "import type { A } from './a.ts';\nexport interface B { a?: A }\n",
    );
    const config = path.join(root, '.dependency-cruiser.cjs');
    const cyclic = await check(bin('depcruise'), ['src', '--config', config, '--output-type', 'err'], directory);
    expect(cyclic.code).not.toBe(0);
    expect(cyclic.output).toMatch(/no-circular: src\/a\.ts/);
    await writeFile(path.join(directory, 'src', 'b.ts'), 'export interface B { size: number }\n');
    const fixed = await check(bin('depcruise'), ['src', '--config', config, '--output-type', 'err'], directory);
    expect(fixed.output).toMatch(/no dependency violations/);
    expect(fixed.code).toBe(0);
  });
});
