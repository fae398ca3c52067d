import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SensitiveValueCache } from '../../src/agent/sensitive-value-cache.ts';
import { createAgentTestDatabase, type AgentTestDatabase } from './agent-test-database.ts';

describe('SensitiveValueCache', () => {
  let testDatabase: AgentTestDatabase;
  beforeAll(async () => {
    testDatabase = await createAgentTestDatabase();
    await testDatabase.seedDataset('a', [
      {
        externalId: 'CUST-0001',
        attributes: { name: '山田 太郎', email: 'taro@example.com', age: 34, prefecture: '東京都' },
      },
      { externalId: 'CUST-0002', attributes: { first_name: 'Will', last_name: 'Price', full_name: 'Will Price' } },
    ]);
  });
  afterAll(async () => {
    await testDatabase?.close();
  });

  const found = async (cache: SensitiveValueCache, text: string) =>
    (await cache.index()).find(text).map((span) => text.slice(span.start, span.end));

  it('indexes ids and personal attribute values (and name parts), not other attributes', async () => {
    const cache = new SensitiveValueCache(testDatabase.database.prisma);
    expect(await found(cache, 'CUST-0001 山田 taro@example.com 太郎 東京都 34')).toEqual([
      'CUST-0001',
      '山田',
      'taro@example.com',
      '太郎',
    ]);
  });

  it('matches single name words only as written, full names in any case', async () => {
    const cache = new SensitiveValueCache(testDatabase.database.prisma);
    expect(await found(cache, 'Average price will rise; WILL PRICE and Mr Price')).toEqual(['WILL PRICE', 'Price']);
  });

  it('picks up customers imported after the first load', async () => {
    const cache = new SensitiveValueCache(testDatabase.database.prisma);
    expect(await found(cache, 'NEW-CUSTOMER-9')).toEqual([]);
    await testDatabase.seedDataset('b', [{ externalId: 'NEW-CUSTOMER-9' }]);
    expect(await found(cache, 'NEW-CUSTOMER-9')).toEqual(['NEW-CUSTOMER-9']);
  });
});
