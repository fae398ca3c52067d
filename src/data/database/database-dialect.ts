import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { DatabaseProvider } from './open-database.ts';

/**
 * Which engine a client from {@link openDatabase} talks to. Both clients share one model API (and one
 * static type); the few raw statements whose SQL differs between SQLite and PostgreSQL ask this. The
 * generated client records its schema's provider (`_activeProvider`); the client objects are proxies,
 * so `instanceof` cannot tell them apart.
 */
export function databaseDialect(prisma: PrismaClient): DatabaseProvider {
  const provider = (prisma as unknown as { _activeProvider?: string })._activeProvider;
  return provider === 'postgresql' || provider === 'postgres' ? 'postgresql' : 'sqlite';
}
