import { SensitiveValueCache } from '../../src/agent/sensitive-value-cache.ts';
import type { TakumiRuntime } from '../../src/agent/create-runtime.ts';
import { setUpChartFonts } from '../../src/charts/font-setup.ts';
import type { TakumiConfig } from '../../src/config/load-config.ts';
import type { Logger } from '../../src/core/logger.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';

/**
 * A {@link TakumiRuntime} as `createRuntime` builds it, without loading the built-in demo (which
 * embeds its photos): for tests that start a front end on their own database. `database` defaults to
 * opening `config.databaseUrl`; the runtime closes only a database it opened.
 */
export async function runtimeForTests(options: {
  config: TakumiConfig;
  logger: Logger;
  database?: TakumiDatabase;
  fonts?: boolean;
  defaultDataset?: string | null;
}): Promise<TakumiRuntime> {
  const { config, logger } = options;
  const database = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl }));
  return {
    config,
    database,
    chartFonts: options.fonts ? setUpChartFonts({ home: config.home }) : null,
    logger,
    sensitiveValues: new SensitiveValueCache(database.prisma),
    defaultDataset: options.defaultDataset === undefined ? config.defaultDataset : options.defaultDataset,
    close: async () => {
      if (!options.database) await database.close();
    },
  };
}
