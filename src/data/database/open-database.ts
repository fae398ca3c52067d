import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { PrismaClient as PostgresPrismaClient } from '../../generated/prisma-postgresql/client.ts';
import { applyMigrations, defaultApplyMigrationsOptions } from './apply-migrations.ts';
import { applyPostgresMigrations, defaultApplyPostgresMigrationsOptions } from './apply-postgres-migrations.ts';
import { isPostgresUrl, parsePostgresUrl } from './postgres-url.ts';
import { resolveSqlitePath } from './resolve-sqlite-path.ts';
import { toDatabaseError } from './to-database-error.ts';
import { toPostgresError } from './to-postgres-error.ts';

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** `file:/absolute/path.db` or `postgresql://…`, as from `loadConfig().databaseUrl`. */
  databaseUrl: string;
  /** Folder of migration folders; the package's own for the URL's engine by default. */
  migrationsDirectory?: string;
  /** How long a write waits for another process's write transaction before failing. */
  lockTimeoutMilliseconds?: number;
  /** PostgreSQL only: connections in this process's pool. */
  maxConnections?: number;
}

export const defaultOpenDatabaseOptions = {
  lockTimeoutMilliseconds: defaultApplyMigrationsOptions.lockTimeoutMilliseconds,
  maxConnections: 5,
} as const satisfies Partial<OpenDatabaseOptions>;

/** Which engine a {@link TakumiDatabase} runs on. */
export type DatabaseProvider = 'sqlite' | 'postgresql';

/** An open Takumi database. Call `close()` when done so the process can exit. */
export interface TakumiDatabase {
  /**
   * The client, typed as the SQLite one. Both generated clients come from the same models (the
   * PostgreSQL schema is derived from prisma/schema.prisma), so their model APIs are the same;
   * code that must differ per engine checks `provider`.
   */
  prisma: PrismaClient;
  provider: DatabaseProvider;
  /** The SQLite file's absolute path, or the PostgreSQL URL without its password. */
  filePath: string;
  /** `DATABASE_URL` as given (with password): what workers and queues connect with. */
  databaseUrl: string;
  /** Migrations applied by this open (empty when the database was already up to date). */
  appliedMigrations: string[];
  close(): Promise<void>;
}

/**
 * Opens the database named by `databaseUrl`, brings its schema up to date, and returns a Prisma
 * client on the matching driver adapter: better-sqlite3 for `file:` (creating the file if needed,
 * see {@link applyMigrations}), node-postgres for `postgresql://` (see {@link applyPostgresMigrations}).
 *
 * @throws DatabaseError for a file that cannot be written, a server that cannot be reached, a
 *   migration whose checksum differs from the recorded one, and the other cases of the two.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<TakumiDatabase> {
  if (isPostgresUrl(options.databaseUrl)) return openPostgres(options);
  const filePath = resolveSqlitePath(options.databaseUrl);
  const lockTimeoutMilliseconds = options.lockTimeoutMilliseconds ?? defaultOpenDatabaseOptions.lockTimeoutMilliseconds;
  const appliedMigrations = await applyMigrations({
    databaseUrl: options.databaseUrl,
    migrationsDirectory: options.migrationsDirectory ?? defaultApplyMigrationsOptions.migrationsDirectory,
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
    provider: 'sqlite',
    filePath,
    databaseUrl: options.databaseUrl,
    appliedMigrations,
    close: () => prisma.$disconnect(),
  };
}

async function openPostgres(options: OpenDatabaseOptions): Promise<TakumiDatabase> {
  const { url, safeUrl } = parsePostgresUrl(options.databaseUrl);
  const lockTimeoutMilliseconds = options.lockTimeoutMilliseconds ?? defaultOpenDatabaseOptions.lockTimeoutMilliseconds;
  const appliedMigrations = await applyPostgresMigrations({
    databaseUrl: url,
    migrationsDirectory: options.migrationsDirectory ?? defaultApplyPostgresMigrationsOptions.migrationsDirectory,
    lockTimeoutMilliseconds,
  });
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.maxConnections ?? defaultOpenDatabaseOptions.maxConnections,
    connectionTimeoutMillis: lockTimeoutMilliseconds,
  });
  const client = new PostgresPrismaClient({ adapter });
  try {
    await client.$connect();
  } catch (error) {
    await client.$disconnect().catch(() => undefined);
    throw toPostgresError(error, safeUrl);
  }
  return {
    // Same models, same generated API (see the field's comment); the engine-specific bits of the
    // two types (their `Prisma` namespaces) are never mixed, since each caller imports one.
    prisma: client as unknown as PrismaClient,
    provider: 'postgresql',
    filePath: safeUrl,
    databaseUrl: url,
    appliedMigrations,
    close: () => client.$disconnect(),
  };
}
