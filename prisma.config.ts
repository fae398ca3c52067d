/**
 * Prisma CLI configuration (Prisma 7 reads the database URL from here, not from the schema).
 * The URL comes from Takumi's own configuration so the CLI and the bot open the same file.
 */
import { defineConfig } from 'prisma/config';
import { loadConfig } from './src/config/load-config.ts';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: loadConfig().databaseUrl },
});
