import path from 'node:path';
import { SensitiveValueCache } from './sensitive-value-cache.ts';
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
  /** null: charts are drawn with the system's fonts (tests that draw no Japanese text). */
  chartFonts: ChartFonts | null;
  logger: Logger;
  sensitiveValues: SensitiveValueCache;
  /** The dataset questions are about when they name none. */
  defaultDataset: string | null;
  close(): Promise<void>;
}

/** Options of {@link createRuntime}. */
export interface CreateRuntimeOptions {
  /** The configuration; read from the environment by default. */
  config?: TakumiConfig;
  /** Start-up steps in words (building the model, loading the demo), for a terminal. */
  onStatus?: (message: string) => void;
  /** Each log line also goes here (the terminal of `npm start`). */
  echoLog?: (line: string) => void;
}

/**
 * The one start-up path of every front end (`takumi ask`, `chat`, `start` for Slack and the terminal
 * chat, benchmarks): config, chart fonts (before anything draws text), logger, database; and with an
 * empty database the built-in demo, so a first question works. The caller closes it.
 */
export async function createRuntime(options: CreateRuntimeOptions = {}): Promise<TakumiRuntime> {
  const config = options.config ?? loadConfig();
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
