import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { createSlackApp, type CreateSlackAppOptions, type SlackApp } from '../../src/slack/create-slack-app.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackApiOptions } from '../support/fake-slack-api.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';

/** A running Takumi Slack app wired to a fake OpenAI server and a fake Slack Web API on 127.0.0.1. */
export interface SlackTestRig {
  directory: string;
  database: TakumiDatabase;
  openAi: FakeOpenAiServer;
  slack: FakeSlackApi;
  slackApp: SlackApp;
  config: TakumiConfig;
  /** e.g. `http://127.0.0.1:54321`; events go to `${baseUrl}/slack/events`. */
  baseUrl: string;
  close(): Promise<void>;
}

type RigAppOptions = Pick<CreateSlackAppOptions, 'logger' | 'chartFonts' | 'progressIntervalMilliseconds' | 'answerIn'>;

/**
 * Starts the real Bolt app over HTTP with everything it talks to faked at the edges only. `prepare`
 * fills the database before the app starts (e.g. with the synthetic shop).
 */
export async function startSlackTestRig(options: {
  prefix: string;
  botToken: string;
  signingSecret: string;
  environment?: NodeJS.ProcessEnv;
  fakeSlack?: Omit<FakeSlackApiOptions, 'botToken'>;
  app: RigAppOptions | ((directory: string) => RigAppOptions);
  prepare?: (database: TakumiDatabase, directory: string) => Promise<unknown>;
}): Promise<SlackTestRig> {
  const directory = await mkdtemp(path.join(os.tmpdir(), options.prefix));
  const databaseUrl = await makeTestDatabaseUrl(directory);
  const database = await openDatabase({ databaseUrl });
  await options.prepare?.(database, directory);
  const [openAi, slack] = await Promise.all([
    startFakeOpenAiServer(),
    startFakeSlackApi({ botToken: options.botToken, ...options.fakeSlack }),
  ]);
  const config = loadConfig({
    TAKUMI_HOME: directory,
    DATABASE_URL: databaseUrl,
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: openAi.baseUrl,
    SLACK_BOT_TOKEN: options.botToken,
    SLACK_SIGNING_SECRET: options.signingSecret,
    SLACK_API_URL: slack.apiUrl,
    ...options.environment,
  });
  const appOptions = typeof options.app === 'function' ? options.app(directory) : options.app;
  const slackApp = createSlackApp({
    config,
    prisma: database.prisma,
    tools: allTools,
    ...appOptions,
    answer: { maxRetries: 0 },
    webClientOptions: { retryConfig: { retries: 0 } },
  });
  const { port } = await slackApp.start({ port: 0, host: '127.0.0.1' });
  return {
    directory,
    database,
    openAi,
    slack,
    slackApp,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await slackApp.stop();
      await Promise.all([openAi.close(), slack.close()]);
      await database.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
