import path from 'node:path';
import { SensitiveValueCache } from '../agent/sensitive-value-cache.ts';
import { setUpChartFonts, type ChartFonts } from '../charts/font-setup.ts';
import { loadConfig, type TakumiConfig } from '../config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../data/database/open-database.ts';
import { demoDatasetName, ensureDemoDataset } from '../data/demo/ensure-demo-dataset.ts';
import { ensureResnetModel } from '../data/model/ensure-resnet-model.ts';
import { ImageEmbedder } from '../engine/embedding/image-embedder.ts';
import { createLogger } from '../core/create-logger.ts';
import type { Logger } from '../core/logger.ts';

/** Everything a chat front end (CLI, terminal chat, Slack) needs, set up once per process. */
export interface TakumiRuntime {
  config: TakumiConfig;
  database: TakumiDatabase;
  chartFonts: ChartFonts;
  logger: Logger;
  sensitiveValues: SensitiveValueCache;
  /** The dataset questions are about when they name none. */
  defaultDataset: string | null;
  close(): Promise<void>;
}

/**
 * Starts Takumi's shared pieces in the right order: config, chart fonts (before anything draws text),
 * logger, database; and with an empty database the built-in demo, so a first question works.
 */
export async function createRuntime(
  options: { onStatus?: (message: string) => void; echoLog?: (line: string) => void } = {},
): Promise<TakumiRuntime> {
  const config = loadConfig();
  const chartFonts = setUpChartFonts({ home: config.home });
  const logger = createLogger({
    file: path.join(config.home, 'logs', 'takumi.log'),
    ...(options.echoLog ? { echo: options.echoLog } : {}),
  });
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  try {
    let embedder: ImageEmbedder | undefined;
    await ensureDemoDataset({
      prisma: database.prisma,
      directory: path.join(config.home, 'demo'),
      embedder: async () => {
        const model = await ensureResnetModel({
          ...config,
          ...(options.onStatus ? { onProgress: options.onStatus } : {}),
        });
        embedder = await ImageEmbedder.create({
          modelPath: model.modelPath,
          labels: model.labels,
          threads: config.threads,
        });
        return { embedder, modelId: model.modelId };
      },
      ...(options.onStatus ? { onProgress: options.onStatus } : {}),
    }).finally(() => embedder?.dispose());
    const datasets = await database.prisma.dataset.findMany({ select: { name: true }, orderBy: { id: 'asc' } });
    const defaultDataset =
      config.defaultDataset ??
      (datasets.length === 1
        ? datasets[0]!.name
        : datasets.some((dataset) => dataset.name === demoDatasetName)
          ? demoDatasetName
          : null);
    return {
      config,
      database,
      chartFonts,
      logger,
      sensitiveValues: new SensitiveValueCache(database.prisma),
      defaultDataset,
      close: async () => {
        await database.close();
        await logger.flush();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
