import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TakumiError } from '../engine/takumi-error.ts';

/** The repository (or installed package) root: two levels above this file. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const environmentSchema = z.object({
  TAKUMI_HOME: z.string().min(1).optional().describe('Folder for the model cache, database and charts.'),
  TAKUMI_MODEL_DIR: z.string().min(1).optional().describe('Folder for the converted ONNX model.'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql://')
    .optional(),
  TAKUMI_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  TAKUMI_SHARED_DIR: z.string().min(1).optional(),
  npm_config_registry: z.string().url().optional(),
  npm_config_cache: z.string().optional(),
});

/** Everything Takumi reads from the environment, validated once and passed down explicitly. */
export interface TakumiConfig {
  home: string;
  modelDirectory: string;
  databaseUrl: string;
  threads: number;
  sharedDirectory: string;
  npmRegistry: string | undefined;
  npmCache: string | undefined;
}

/** Raised when an environment variable is malformed; the message names the variable and the fix. */
export class ConfigError extends TakumiError {}

/**
 * Reads and validates configuration. The only place in Takumi that touches `process.env`.
 * @param environment defaults to `process.env`; tests pass their own.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): TakumiConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      'CONFIG_INVALID',
      `Environment variable ${variable} is invalid (${issue?.message}). Fix or unset it; see README "Configuration".`,
      { variable },
    );
  }
  const values = parsed.data;
  const home = path.resolve(values.TAKUMI_HOME ?? path.join(projectRoot, '.takumi'));
  return {
    home,
    modelDirectory: path.resolve(values.TAKUMI_MODEL_DIR ?? path.join(home, 'models')),
    databaseUrl: values.DATABASE_URL ?? `file:${path.join(home, 'takumi.db')}`,
    threads: values.TAKUMI_THREADS ?? 2,
    sharedDirectory: path.resolve(values.TAKUMI_SHARED_DIR ?? path.join(projectRoot, '../shared')),
    npmRegistry: values.npm_config_registry,
    npmCache: values.npm_config_cache,
  };
}
