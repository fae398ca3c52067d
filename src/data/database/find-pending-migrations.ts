import { DatabaseError } from '../data-errors.ts';
import { matchesMigrationChecksum } from './migration-checksum.ts';
import type { MigrationFile } from './read-migrations.ts';

/** One row of `_prisma_migrations`, as both engines return it. */
export interface MigrationHistoryRow {
  checksum: string;
  finished_at: unknown;
  migration_name: string;
  rolled_back_at: unknown;
}

/**
 * Checks the recorded history (oldest first) against the migration files and returns the pending
 * ones. `where` names the database in messages (a file path, or a PostgreSQL URL without password).
 *
 * @throws DatabaseError `DATABASE_MIGRATION_UNFINISHED`, `DATABASE_NEWER_THAN_CODE`,
 *   `DATABASE_MIGRATION_CHECKSUM_MISMATCH`.
 */
export function findPendingMigrations(
  rows: readonly MigrationHistoryRow[],
  migrations: readonly MigrationFile[],
  where: string,
): MigrationFile[] {
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    const name = row.migration_name;
    if (row.finished_at === null) {
      throw new DatabaseError(
        'DATABASE_MIGRATION_UNFINISHED',
        `Migration ${name} was started on ${where} but never finished (a failed \`prisma migrate deploy\`?). ` +
          `Check the database, then run \`npx prisma migrate resolve --rolled-back ${name}\` (or --applied if it ` +
          'did complete) and start Takumi again.',
        { filePath: where, migration: name },
      );
    }
    const local = byName.get(name);
    if (local === undefined) {
      throw new DatabaseError(
        'DATABASE_NEWER_THAN_CODE',
        `${where} has migration ${name} applied, which this version of Takumi does not have. ` +
          'Upgrade Takumi, or set DATABASE_URL to another database.',
        { filePath: where, migration: name },
      );
    }
    if (!matchesMigrationChecksum(local.script, row.checksum)) {
      throw new DatabaseError(
        'DATABASE_MIGRATION_CHECKSUM_MISMATCH',
        `Migration ${name} was edited after it was applied to ${where}: ${local.scriptPath} has checksum ` +
          `${local.checksum}, the database recorded ${row.checksum}. Applied migrations must not change: restore ` +
          `the file from git (git checkout -- ${local.scriptPath}) and put schema changes in a new ` +
          `migration. If the database holds nothing you need, delete it (${where}) to recreate it.`,
        { filePath: where, migration: name, expectedChecksum: row.checksum, actualChecksum: local.checksum },
      );
    }
    applied.add(name);
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}
