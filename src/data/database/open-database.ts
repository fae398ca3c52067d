import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { applyMigrations, defaultApplyMigrationsOptions } from './apply-migrations.ts';
import { resolveSqlitePath } from './resolve-sqlite-path.ts';
import { toDatabaseError } from './to-database-error.ts';

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** `file:/absolute/path.db`, as from `loadConfig().databaseUrl`. */
  databaseUrl: string;
  /** Folder of migration folders; the package's `prisma/migrations` by default. */
  migrationsDirectory?: string;
  /** How long a write waits for another process's write transaction before failing. */
  lockTimeoutMilliseconds?: number;
}

export const defaultOpenDatabaseOptions = {
  migrationsDirectory: defaultApplyMigrationsOptions.migrationsDirectory,
  lockTimeoutMilliseconds: defaultApplyMigrationsOptions.lockTimeoutMilliseconds,
} as const satisfies Partial<OpenDatabaseOptions>;

/** An open Takumi database. Call `close()` when done so the process can exit. */
export interface TakumiDatabase {
  prisma: PrismaClient;
  /** Absolute path of the SQLite file. */
  filePath: string;
  /** Migrations applied by this open (empty when the file was already up to date). */
  appliedMigrations: string[];
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the SQLite database, brings its schema up to date with
 * {@link applyMigrations}, and returns a Prisma client on the better-sqlite3 driver adapter.
 *
 * @throws DatabaseError for a postgres:// URL (not supported yet), a file that cannot be
 *   written, a migration whose checksum differs from the recorded one, and the other cases
 *   listed on {@link applyMigrations}.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<TakumiDatabase> {
  const filePath = resolveSqlitePath(options.databaseUrl);
  const lockTimeoutMilliseconds = options.lockTimeoutMilliseconds ?? defaultOpenDatabaseOptions.lockTimeoutMilliseconds;
  const appliedMigrations = await applyMigrations({
    databaseUrl: options.databaseUrl,
    migrationsDirectory: options.migrationsDirectory ?? defaultOpenDatabaseOptions.migrationsDirectory,
    lockTimeoutMilliseconds,
  });
  // Rebuilt from the checked path: the adapter would keep a `?query` suffix as part of the name.
  const adapter = new PrismaBetterSqlite3({ url: `file:${filePath}`, timeout: lockTimeoutMilliseconds });
  const prisma = new PrismaClient({ adapter });
  try {
    await prisma.$connect();
  } catch (error) {
    await prisma.$disconnect().catch(() => undefined);
    throw toDatabaseError(error, filePath);
  }
  return {
    prisma,
    filePath,
    appliedMigrations,
    close: () => prisma.$disconnect(),
  };
}
