import type { SensitiveValueCache } from '../agent/sensitive-value-cache.ts';
import { setUpChartFonts, type ChartFonts } from '../charts/font-setup.ts';
import type { TakumiConfig } from '../config/load-config.ts';
import { openDatabase } from '../data/database/open-database.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { allTools } from '../tools/all-tools.ts';
import { createSlackApp, type CreateSlackAppOptions } from './create-slack-app.ts';
import type { SlackMode } from './resolve-slack-mode.ts';
import type { Logger } from '../core/logger.ts';

/**
 * Pieces a caller has already set up for the process (e.g. the CLI's runtime: fonts, an open and
 * seeded database, a shared privacy cache, the resolved default dataset). The caller keeps owning
 * them: stopping the Slack app does not close this database.
 */
export interface SlackRuntime {
  prisma: PrismaClient;
  chartFonts: ChartFonts | null;
  logger?: Logger;
  sensitiveValues?: SensitiveValueCache;
  defaultDataset?: string | null;
}

/** Options of {@link startSlackApp}. */
export interface StartSlackAppOptions {
  config: TakumiConfig;
  logger: Logger;
  /** Already set-up pieces to use instead of setting up fonts and opening the database here. */
  runtime?: SlackRuntime;
  /** HTTP mode: interface to listen on; every interface by default. */
  host?: string;
  /** HTTP mode: port, overriding the config's PORT (0 picks a free one). */
  port?: number;
  /** Passed to {@link createSlackApp} (tests: answer settings, Web API retries, progress interval). */
  appOptions?: Partial<
    Pick<
      CreateSlackAppOptions,
      'answer' | 'webClientOptions' | 'progressIntervalMilliseconds' | 'concurrency' | 'tools'
    >
  >;
}

/** A running Slack app. */
export interface RunningSlackApp {
  mode: SlackMode;
  /** HTTP mode: the port listened on; null in Socket Mode. */
  port: number | null;
  /** Stops receiving, waits for questions being answered, closes the database if it opened it. */
  stop(): Promise<void>;
}

/**
 * Starts Takumi in Slack. Without a `runtime`, from the configuration alone: chart fonts first (they
 * must be set up before the first chart is drawn), then the database (migrated if needed); then the
 * Bolt app with every tool. On a start-up failure whatever was opened here is closed again before
 * the error is rethrown.
 */
export async function startSlackApp(options: StartSlackAppOptions): Promise<RunningSlackApp> {
  const { config, runtime } = options;
  const logger = runtime?.logger ?? options.logger;
  const chartFonts = runtime ? runtime.chartFonts : setUpChartFonts({ home: config.home });
  const database = runtime ? null : await openDatabase({ databaseUrl: config.databaseUrl });
  const prisma = runtime?.prisma ?? database!.prisma;
  try {
    const slackApp = createSlackApp({
      config,
      prisma,
      tools: allTools,
      logger,
      chartFonts,
      ...(runtime?.sensitiveValues ? { sensitiveValues: runtime.sensitiveValues } : {}),
      ...(runtime?.defaultDataset === undefined ? {} : { defaultDataset: runtime.defaultDataset }),
      ...options.appOptions,
    });
    const { port } = await slackApp.start({
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.host ? { host: options.host } : {}),
    });
    let stopping: Promise<void> | null = null;
    return {
      mode: slackApp.mode,
      port,
      stop: () => {
        stopping ??= (async () => {
          try {
            await slackApp.stop();
          } finally {
            await database?.close();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database?.close().catch(() => undefined);
    throw error;
  }
}
