import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/load-config.ts';
import { DatabaseError } from './database-error.ts';
import { migrationChecksum } from './migration-checksum.ts';

/** `prisma/migrations` of this checkout or installed package. */
export const defaultMigrationsDirectory = path.join(projectRoot, 'prisma', 'migrations');

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
 * timestamp prefix makes chronological) and checks `migration_lock.toml` says SQLite.
 */
export function readMigrations(directory: string = defaultMigrationsDirectory): MigrationFile[] {
  if (!existsSync(directory)) {
    throw new DatabaseError(
      'DATABASE_MIGRATIONS_MISSING',
      `The migrations folder ${directory} does not exist; reinstall Takumi or restore prisma/migrations from git.`,
      { directory },
    );
  }
  const lockPath = path.join(directory, 'migration_lock.toml');
  if (existsSync(lockPath)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(readFileSync(lockPath, 'utf8'))?.[1];
    if (provider !== undefined && provider !== 'sqlite') {
      throw new DatabaseError(
        'DATABASE_MIGRATIONS_PROVIDER',
        `${lockPath} says provider = "${provider}", but Takumi applies its migrations to SQLite only. ` +
          'Restore prisma/migrations from git.',
        { lockPath, provider },
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
