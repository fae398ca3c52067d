import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/load-config.ts';
import { DatabaseError } from '../data-errors.ts';
import { migrationChecksum } from './migration-checksum.ts';

/** `prisma/migrations` of this checkout or installed package (SQLite). */
export const defaultMigrationsDirectory = path.join(projectRoot, 'prisma', 'migrations');

/** `prisma/postgresql/migrations`: the PostgreSQL twin of every SQLite migration, same folder names. */
export const defaultPostgresMigrationsDirectory = path.join(projectRoot, 'prisma', 'postgresql', 'migrations');

/** The `provider` a migrations folder's `migration_lock.toml` must name. */
export type MigrationProvider = 'sqlite' | 'postgresql';

/** One `prisma/migrations/<name>/migration.sql`. */
export interface MigrationFile {
  /** The folder name, e.g. `20261122131352_init`; also `_prisma_migrations.migration_name`. */
  name: string;
  script: string;
  /** {@link migrationChecksum} of `script`. */
  checksum: string;
  scriptPath: string;
}

/**
 * Reads the migration folders in the order Prisma applies them (folder names sorted, which the
 * timestamp prefix makes chronological) and checks `migration_lock.toml` names `provider`.
 */
export function readMigrations(
  directory: string = defaultMigrationsDirectory,
  provider: MigrationProvider = 'sqlite',
): MigrationFile[] {
  if (!existsSync(directory)) {
    throw new DatabaseError(
      'DATABASE_MIGRATIONS_MISSING',
      `The migrations folder ${directory} does not exist; reinstall Takumi or restore prisma/migrations from git.`,
      { directory },
    );
  }
  const lockPath = path.join(directory, 'migration_lock.toml');
  if (existsSync(lockPath)) {
    const locked = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockPath, 'utf8'))?.[1];
    if (locked !== undefined && locked !== provider) {
      throw new DatabaseError(
        'DATABASE_MIGRATIONS_PROVIDER',
        `${lockPath} says provider = "${locked}", but these migrations are applied to ${provider}. ` +
          'Restore the migrations folder from git.',
        { lockPath, provider: locked },
      );
    }
  }
  const names = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return names.map((name) => {
    const scriptPath = path.join(directory, name, 'migration.sql');
    if (!existsSync(scriptPath)) {
      throw new DatabaseError(
        'DATABASE_MIGRATION_SCRIPT_MISSING',
        `Migration folder ${path.join(directory, name)} has no migration.sql; restore it from git or remove the folder.`,
        { migration: name, scriptPath },
      );
    }
    const script = readFileSync(scriptPath, 'utf8');
    return { name, script, checksum: migrationChecksum(script), scriptPath };
  });
}
