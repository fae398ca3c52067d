import type { TakumiRuntime } from '../agent/create-runtime.ts';
import { createSlackApp, type CreateSlackAppOptions } from './create-slack-app.ts';
import type { SlackMode } from './resolve-slack-mode.ts';

/** Options of {@link startSlackApp}. */
export interface StartSlackAppOptions {
  /**
   * What every front end starts from (`createRuntime`: config, fonts, logger, the open and seeded
   * database, the privacy cache, the default dataset). The caller keeps owning it: stopping the Slack
   * app does not close its database.
   */
  runtime: TakumiRuntime;
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
  /** Stops receiving and waits for the questions being answered; the runtime stays open. */
  stop(): Promise<void>;
}

/** Starts Takumi in Slack on a runtime from `createRuntime`: the Bolt app with every tool, answering on its worker thread. */
export async function startSlackApp(options: StartSlackAppOptions): Promise<RunningSlackApp> {
  const { runtime } = options;
  const slackApp = createSlackApp({
    config: runtime.config,
    prisma: runtime.database.prisma,
    logger: runtime.logger,
    chartFonts: runtime.chartFonts,
    sensitiveValues: runtime.sensitiveValues,
    defaultDataset: runtime.defaultDataset,
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
      stopping ??= slackApp.stop();
      return stopping;
    },
  };
}
