import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import type { Logger } from '../../src/core/logger.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';

/** A customer row to seed; `attributes` is stored as JSON text like the importer does. */
export interface SeedCustomer {
  externalId: string;
  attributes?: Record<string, string | number | null>;
  transactions?: number;
  photos?: string[];
}

/** A temporary Takumi home with a real, migrated SQLite database. */
export interface AgentTestDatabase {
  directory: string;
  database: TakumiDatabase;
  /** A config for this home; pass `environment` to add OPENAI_* or TAKUMI_* variables. */
  config(environment?: NodeJS.ProcessEnv): TakumiConfig;
  seedDataset(name: string, customers: readonly SeedCustomer[]): Promise<void>;
  close(): Promise<void>;
}

/** Opens a fresh database under a temporary folder through the product's own `openDatabase`. */
export async function createAgentTestDatabase(): Promise<AgentTestDatabase> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'takumi-agent-'));
  const databaseUrl = await makeTestDatabaseUrl(directory);
  const database = await openDatabase({ databaseUrl });
  const { prisma } = database;
  return {
    directory,
    database,
    config: (environment = {}) => loadConfig({ TAKUMI_HOME: directory, DATABASE_URL: databaseUrl, ...environment }),
    async seedDataset(name, customers) {
      const dataset = await prisma.dataset.create({ data: { name } });
      let line = 2;
      for (const seed of customers) {
        const customer = await prisma.customer.create({
          data: {
            datasetId: dataset.id,
            externalId: seed.externalId,
            attributes: JSON.stringify(seed.attributes ?? {}),
          },
        });
        for (let index = 0; index < (seed.transactions ?? 0); index += 1) {
          await prisma.transaction.create({
            data: {
              datasetId: dataset.id,
              customerId: customer.id,
              date: new Date(Date.UTC(2026, 0, 1 + index)),
              amount: 1000 + index,
              sourceFile: 'transactions.csv',
              sourceLine: line++,
            },
          });
        }
        for (const [index, photoPath] of (seed.photos ?? []).entries()) {
          await prisma.photo.create({
            data: {
              datasetId: dataset.id,
              customerId: customer.id,
              path: photoPath,
              sha256: `${customer.id}`.padStart(63, '0') + index,
            },
          });
        }
      }
    },
    async close() {
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A logger that keeps every line, for assertions. */
export function createRecordingLogger(): Logger & {
  lines: { level: string; message: string; fields: Record<string, unknown> }[];
} {
  const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  const record =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      lines.push({ level, message, fields });
    };
  return { lines, info: record('info'), warn: record('warn'), error: record('error') };
}
