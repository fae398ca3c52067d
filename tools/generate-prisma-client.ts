/**
 * Generates the Prisma clients (run by the install script): src/generated/prisma for SQLite from
 * prisma/schema.prisma, and src/generated/prisma-postgresql for PostgreSQL from a schema derived
 * from it (same models, provider and output swapped), so the two can never drift apart.
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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.join(repositoryRoot, 'prisma', 'schema.prisma');
const generatedRoot = path.join(repositoryRoot, 'src', 'generated');
/** The derived PostgreSQL schema; generated, never edited (git-ignored with src/generated). */
const postgresSchemaPath = path.join(generatedRoot, 'postgresql-schema', 'schema.prisma');
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
  const outputs = [path.join(generatedRoot, 'prisma'), path.join(generatedRoot, 'prisma-postgresql')];
  const upToDate = outputs.every(
    (output) =>
      existsSync(path.join(output, 'client.ts')) &&
      existsSync(path.join(output, '.generate-stamp')) &&
      readFileSync(path.join(output, '.generate-stamp'), 'utf8') === stamp,
  );
  if (upToDate && !force) return { generated: false };

  mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  writeFileSync(postgresSchemaPath, derivePostgresSchema(readFileSync(schemaPath, 'utf8')));
  runPrismaGenerate(schemaPath);
  runPrismaGenerate(postgresSchemaPath);
  for (const output of outputs) writeFileSync(path.join(output, '.generate-stamp'), stamp);
  return { generated: true };
}

/**
 * The PostgreSQL twin of the SQLite schema: provider `postgresql`, output
 * src/generated/prisma-postgresql. The schema uses only portable types, so nothing else changes
 * (Bytes → bytea, DateTime → timestamp(3), Float → double precision).
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  const swapped = sqliteSchema
    .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator\s+client\s*\{[^}]*output\s*=\s*)"[^"]*"/, '$1"../prisma-postgresql"');
  if (!swapped.includes('"postgresql"') || !swapped.includes('"../prisma-postgresql"')) {
    throw new Error(`${schemaPath}: could not find the sqlite provider and the client output to swap.`);
  }
  return `// GENERATED from prisma/schema.prisma by tools/generate-prisma-client.ts; do not edit.\n${swapped}`;
}

function runPrismaGenerate(schema: string): void {
  const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--no-hints', `--schema=${schema}`], {
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
    throw new Error(
      `prisma generate failed for ${schema} (exit ${result.status ?? result.signal}); see its output above.`,
    );
  }
}

/** Changes whenever the generated code could: the schema, or the Prisma CLI / client version. */
function currentStamp(): string {
  const versions = ['prisma/package.json', '@prisma/client/package.json'].map(
    (name) => (JSON.parse(readFileSync(require.resolve(name), 'utf8')) as { version: string }).version,
  );
  return createHash('sha256')
    .update(readFileSync(schemaPath))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(versions.join('\n'))
    .digest('hex');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { generated } = generatePrismaClient({ force: process.argv.includes('--force') });
    console.log(
      generated
        ? 'Prisma clients generated in src/generated/prisma and src/generated/prisma-postgresql.'
        : 'Prisma clients are up to date.',
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
