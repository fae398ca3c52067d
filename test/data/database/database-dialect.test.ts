import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseDialect } from '../../../src/data/database/database-dialect.ts';
import { openDatabase } from '../../../src/data/database/open-database.ts';
import { makeTestDatabaseUrl, testDatabaseEngine } from '../../support/test-database.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'takumi-dialect-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('databaseDialect', () => {
  it('tells the engine a client was opened on', async () => {
    const database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(folder) });
    try {
      expect(database.provider).toBe(testDatabaseEngine);
      expect(databaseDialect(database.prisma)).toBe(database.provider);
    } finally {
      await database.close();
    }
  });
});
