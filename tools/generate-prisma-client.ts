/**
 * Generates the Prisma client into src/generated/prisma (run by the install script).
 *
 *   npx tsx tools/generate-prisma-client.ts [--force]
 *
 * Idempotent and fast: when the schema and the Prisma versions are unchanged since the last run
 * (a stamp file in the output folder), it does nothing. `prisma generate` needs no database and
 * no schema engine, but the Prisma CLI insists on downloading one at start, which fails offline;
 * pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file (here: the node binary) skips that.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.join(repositoryRoot, 'prisma', 'schema.prisma');
const outputDirectory = path.join(repositoryRoot, 'src', 'generated', 'prisma');
const stampPath = path.join(outputDirectory, '.generate-stamp');
const require = createRequire(import.meta.url);

/** Options of {@link generatePrismaClient}. */
export interface GeneratePrismaClientOptions {
  /** Regenerate even when the stamp says the output is current. */
  force: boolean;
}

export const defaultGeneratePrismaClientOptions: GeneratePrismaClientOptions = { force: false };

/** Runs `prisma generate` unless the output is current; returns whether it ran. */
export function generatePrismaClient(options: Partial<GeneratePrismaClientOptions> = {}): { generated: boolean } {
  const { force } = { ...defaultGeneratePrismaClientOptions, ...options };
  const stamp = currentStamp();
  const upToDate =
    existsSync(path.join(outputDirectory, 'client.ts')) &&
    existsSync(stampPath) &&
    readFileSync(stampPath, 'utf8') === stamp;
  if (upToDate && !force) return { generated: false };

  const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--no-hints', `--schema=${schemaPath}`], {
    cwd: repositoryRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env['PRISMA_SCHEMA_ENGINE_BINARY'] ?? process.execPath,
      // No update check: it is a network call that only slows an offline install down.
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (result.status !== 0) {
    throw new Error(`prisma generate failed (exit ${result.status ?? result.signal}); see its output above.`);
  }
  writeFileSync(stampPath, stamp);
  return { generated: true };
}

/** Changes whenever the generated code could: the schema, or the Prisma CLI / client version. */
function currentStamp(): string {
  const versions = ['prisma/package.json', '@prisma/client/package.json'].map(
    (name) => (JSON.parse(readFileSync(require.resolve(name), 'utf8')) as { version: string }).version,
  );
  return createHash('sha256').update(readFileSync(schemaPath)).update(versions.join('\n')).digest('hex');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { generated } = generatePrismaClient({ force: process.argv.includes('--force') });
    console.log(generated ? 'Prisma client generated in src/generated/prisma.' : 'Prisma client is up to date.');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
