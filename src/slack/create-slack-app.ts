import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { App, LogLevel, webApi, type CustomRoute } from '@slack/bolt';
import type { AnswerQuestionOptions } from '../agent/answer-question.ts';
import type { SensitiveValueCache } from '../agent/sensitive-value-cache.ts';
import { createAnswerer } from '../agent/answer-worker/create-answerer.ts';
import type { ChartFonts } from '../charts/font-setup.ts';
import type { TakumiConfig } from '../config/load-config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { TakumiTool } from '../tools/takumi-tool.ts';
import { answerInThread, type AnswerInThreadDependencies } from './answer-in-thread.ts';
import { checkAccess } from './check-access.ts';
import { DeliveryReceipts } from './delivery-receipts.ts';
import { describeFailure } from './describe-failure.ts';
import { registerExportActions } from './export-upload.ts';
import { questionFromSlackText } from './question-from-slack-text.ts';
import { resolveSlackMode, type SlackMode } from './resolve-slack-mode.ts';
import { registerTakumiCommand } from './register-takumi-command.ts';
import { SlackAppError } from './slack-app-error.ts';
import { slackMessages } from './slack-messages.ts';
import { ThreadHistoryStore } from './thread-history-store.ts';
import { toBoltLogger } from './to-bolt-logger.ts';
import { toStartError } from './to-start-error.ts';
import { checkSlackToken, type SlackStartCheckOptions, toListenError } from './check-slack-start.ts';
import { WorkQueue } from './work-queue.ts';
import { SlackQuestionStore, type SlackQuestionStoreOptions } from './slack-question-store.ts';
import { defaultResumeQuestionsOptions, resumeQuestions, type ResumeQuestionsOptions } from './resume-questions.ts';
import { detectLanguage } from '../core/language.ts';
import type { Logger } from '../core/logger.ts';
import { serializeError } from '../core/serialize-error.ts';

/** Options of {@link createSlackApp}. */
export interface CreateSlackAppOptions {
  /** From `loadConfig()`; `config.slack` must name a bot token and a signing secret or app token. */
  config: TakumiConfig;
  prisma: PrismaClient;
  /** The tools to offer; every tool by default. */
  tools?: readonly TakumiTool[];
  logger: Logger;
  /** From `setUpChartFonts` at process start; null answers without charts. */
  chartFonts: ChartFonts | null;
  /** Where tools write chart PNGs; `<home>/charts` by default. */
  chartDirectory?: string;
  /** The dataset questions are about when they name none; `config.defaultDataset` by default. */
  defaultDataset?: string | null;
  /** Answering in process: share the process's cache (e.g. the runtime's); a new one by default. */
  sensitiveValues?: SensitiveValueCache;
  /**
   * Where questions are answered: `worker` (default), a worker thread the app starts once, so events
   * are acknowledged at once even while an analysis keeps a core busy; `process`, this thread.
   */
  answerIn?: 'worker' | 'process';
  /** Further answerQuestion settings (model steps, retries, a fetch for tests: that one answers in process). */
  answer?: Partial<Pick<AnswerQuestionOptions, 'maxRetries' | 'maxModelSteps' | 'maxHistoryTurns' | 'fetch'>>;
  /** Web API client settings on top of Takumi's (SLACK_API_URL, a retry policy). */
  webClientOptions?: webApi.WebClientOptions;
  /** How quickly the start-up auth.test gives up (tests: fewer retries). */
  startCheck?: SlackStartCheckOptions;
  /** At most one progress update per this many milliseconds. */
  progressIntervalMilliseconds?: number;
  /** Questions answered at once; more wait their turn (「順番待ち」). */
  concurrency?: number;
  /** How accepted questions are kept and taken over after a process stopped (tests: shorter times). */
  questions?: Partial<SlackQuestionStoreOptions & ResumeQuestionsOptions & { resumeIntervalMilliseconds: number }>;
}

export const defaultSlackAppOptions = {
  progressIntervalMilliseconds: 1000,
  concurrency: 2,
  /** How often a running app looks for questions a stopped process left open. */
  resumeIntervalMilliseconds: 15_000,
} as const;

/** The running parts of the Slack app. */
export interface SlackApp {
  mode: SlackMode;
  /** The Bolt app, for inspection; Takumi's listeners are registered on it already. */
  app: App;
  /**
   * Checks the bot token (auth.test), deletes expired thread histories, then connects: Socket Mode
   * opens its WebSocket; HTTP mode listens on `listen.port` (default PORT) and `listen.host` (default
   * every interface). Returns the port actually listened on (null in Socket Mode).
   * @throws SlackAppError `SLACK_AUTH_FAILED` when Slack rejects the bot token.
   */
  start(listen?: { port?: number; host?: string }): Promise<{ port: number | null }>;
  /** Stops receiving, then waits for questions already being answered. */
  stop(): Promise<void>;
  /** Resolves when every question received so far has been answered (tests, shutdown). */
  idle(): Promise<void>;
}

/** Fields of an event that asks Takumi something, whatever the event type. */
interface Delivery {
  eventId: string;
  channel: string;
  ts: string;
  threadTs: string | undefined;
  user: string;
  text: string;
  clientMessageId: string | undefined;
  isDirectMessage: boolean;
  botUserId: string | undefined;
}

/**
 * Builds Takumi's Slack app on Bolt: `app_mention` in channels, direct messages (`message.im`) and
 * the `/takumi` command. Socket Mode when SLACK_APP_TOKEN is set, else Bolt's HTTP receiver, which
 * verifies every request's signature and age (bad or older than 5 minutes → 401, nothing runs).
 *
 * Slack needs an answer within 3 seconds, an agent run takes longer: events are acknowledged before
 * any work (Bolt acks events first with `processBeforeResponse: false`), and the work runs detached in
 * a {@link WorkQueue}. A delivery is claimed in {@link DeliveryReceipts} first, so Slack's retries and
 * duplicate events are answered once. Answers go to the thread (see {@link answerInThread}).
 */
export function createSlackApp(options: CreateSlackAppOptions): SlackApp {
  const { config, prisma, logger } = options;
  const mode = resolveSlackMode(config.slack);
  if (!mode)
    throw new SlackAppError(
      'SLACK_NOT_CONFIGURED',
      'Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).',
    );
  const boltLogger = toBoltLogger(logger);
  const healthRoute: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('ok');
    },
  };
  const app = new App({
    token: config.slack.botToken,
    ...(mode === 'socket'
      ? { socketMode: true, appToken: config.slack.appToken }
      : { signingSecret: config.slack.signingSecret, port: config.slack.port, customRoutes: [healthRoute] }),
    // Events are acknowledged before the listeners run; the listeners only queue work.
    processBeforeResponse: false,
    // auth.test runs in start(), so a rejected token is a clear start-up error, not a stray rejection.
    deferInitialization: true,
    convoStore: false,
    logger: boltLogger,
    logLevel: LogLevel.INFO,
    clientOptions: {
      retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
      ...options.webClientOptions,
    },
  });
  const queue = new WorkQueue(
    (error) =>
      logger.error('Unexpected error in Slack work', {
        error: serializeError(error),
      }),
    {
      concurrency: options.concurrency ?? defaultSlackAppOptions.concurrency,
    },
  );
  const receipts = new DeliveryReceipts(prisma);
  const histories = new ThreadHistoryStore(prisma, logger);
  const questions = new SlackQuestionStore(prisma, options.questions);
  const answerer = createAnswerer({
    where: options.answerIn ?? 'worker',
    config,
    logger,
    prisma,
    chartFonts: options.chartFonts,
    chartDirectory: options.chartDirectory ?? path.join(config.home, 'charts'),
    defaultDataset: options.defaultDataset === undefined ? config.defaultDataset : options.defaultDataset,
    ...(options.tools ? { tools: options.tools } : {}),
    // One per process: personal values are loaded once, not on every question.
    ...(options.sensitiveValues ? { sensitiveValues: options.sensitiveValues } : {}),
    ...(options.answer ? { settings: options.answer } : {}),
  });
  const dependencies: AnswerInThreadDependencies = {
    client: app.client,
    histories,
    queue,
    questions,
    progressIntervalMilliseconds:
      options.progressIntervalMilliseconds ?? defaultSlackAppOptions.progressIntervalMilliseconds,
    answer: answerer.answer,
    answerOptions: { prisma, config, logger },
  };

  /** Runs `work` detached; a failure is logged and told to the asker in `thread`, never thrown. */
  const detach = (thread: { channel: string; threadTs: string; text: string }, work: () => Promise<void>): void => {
    queue.track(
      work().catch(async (error: unknown) => {
        const failure = describeFailure(error, detectLanguage(thread.text));
        logger.error('Slack delivery failed', {
          errorId: failure.errorId,
          channel: thread.channel,
          threadTs: thread.threadTs,
          error: serializeError(error),
        });
        await app.client.chat
          .postMessage({ channel: thread.channel, thread_ts: thread.threadTs, text: failure.text })
          .catch(() => undefined);
      }),
    );
  };

  const receive = (delivery: Delivery, retryNum: number | undefined): void => {
    const threadTs = delivery.threadTs ?? delivery.ts;
    detach({ channel: delivery.channel, threadTs, text: delivery.text }, async () => {
      const keys = [
        `event:${delivery.eventId}`,
        `message:${delivery.channel}:${delivery.ts}`,
        ...(delivery.clientMessageId ? [`client-message:${delivery.clientMessageId}`] : []),
      ];
      if (!(await receipts.claim(keys))) {
        logger.info('Ignored a Slack delivery that was already taken on', {
          eventId: delivery.eventId,
          channel: delivery.channel,
          ts: delivery.ts,
          retryNum,
        });
        return;
      }
      const question = questionFromSlackText(delivery.text, delivery.botUserId);
      const language = detectLanguage(question);
      const refusal = checkAccess(config.slack, delivery);
      if (refusal) {
        logger.info('Refused a Slack question by the allow-lists', {
          channel: delivery.channel,
          user: delivery.user,
          reason: refusal,
        });
        await app.client.chat.postMessage({
          channel: delivery.channel,
          thread_ts: threadTs,
          text: (refusal === 'channel' ? slackMessages.channelRefused : slackMessages.userRefused)[language],
        });
        return;
      }
      if (!question) {
        await app.client.chat.postMessage({
          channel: delivery.channel,
          thread_ts: threadTs,
          text: slackMessages.help[language],
        });
        return;
      }
      await answerInThread(
        {
          key: `message:${delivery.channel}:${delivery.ts}`,
          channel: delivery.channel,
          threadTs,
          user: delivery.user,
          text: question,
        },
        dependencies,
      );
    });
  };

  app.event('app_mention', async ({ event, body, context }) => {
    // Other bots (and Takumi itself) never start a conversation: no loops between bots.
    if (!event.user || event.bot_id || event.subtype) return;
    receive(
      {
        eventId: body.event_id,
        channel: event.channel,
        ts: event.ts,
        threadTs: event.thread_ts,
        user: event.user,
        text: event.text,
        clientMessageId: clientMessageIdOf(event),
        isDirectMessage: event.channel.startsWith('D'),
        botUserId: context.botUserId,
      },
      context.retryNum,
    );
  });

  app.event('message', async ({ event, body, context }) => {
    // Only what a person typed in a DM with Takumi: edits, deletions, joins and bot posts are events too.
    if (event.channel_type !== 'im') return;
    if (event.subtype !== undefined && event.subtype !== 'file_share' && event.subtype !== 'thread_broadcast') return;
    if (!('user' in event) || !event.user || ('bot_id' in event && event.bot_id) || event.user === context.botUserId)
      return;
    receive(
      {
        eventId: body.event_id,
        channel: event.channel,
        ts: event.ts,
        threadTs: 'thread_ts' in event ? event.thread_ts : undefined,
        user: event.user,
        text: event.text ?? '',
        clientMessageId: clientMessageIdOf(event),
        isDirectMessage: true,
        botUserId: context.botUserId,
      },
      context.retryNum,
    );
  });

  registerTakumiCommand(app, { config, logger, receipts, queue, dependencies });
  registerExportActions(app, { config, prisma, logger, queue });

  app.error(async (error) => {
    logger.error('Slack app error', {
      error: serializeError(error),
    });
  });

  let resumeTimer: NodeJS.Timeout | null = null;
  const resume = (): Promise<void> =>
    resumeQuestions(dependencies, { ...defaultResumeQuestionsOptions, ...options.questions }).then(
      () => undefined,
      (error: unknown) =>
        logger.error('Could not look for Slack questions left open', { error: serializeError(error) }),
    );

  let started = false;
  return {
    mode,
    app,
    async start(listen = {}) {
      // The answer thread loads its libraries meanwhile; events are received only once it can answer.
      const answering = answerer.start();
      answering.catch(() => undefined);
      // A quick auth.test first: Bolt's own (in init) retries for minutes when Slack is unreachable.
      await checkSlackToken(config.slack, options.startCheck);
      try {
        await app.init();
      } catch (error) {
        throw toStartError(error, config.slack.apiUrl);
      }
      await answering;
      const pruned = await histories.prune();
      if (pruned > 0) logger.info('Deleted expired Slack thread histories', { threads: pruned });
      await questions.prune();
      // Questions a stopped process left on 「考え中…」 are taken over now and whenever one is found later.
      questions.start((error) =>
        logger.warn('Could not renew the Slack questions heartbeat', { error: serializeError(error) }),
      );
      await resume();
      resumeTimer = setInterval(
        () => void resume(),
        options.questions?.resumeIntervalMilliseconds ?? defaultSlackAppOptions.resumeIntervalMilliseconds,
      );
      resumeTimer.unref();
      if (mode === 'socket') {
        await app.start();
        started = true;
        logger.info('Slack app connected in Socket Mode');
        return { port: null };
      }
      const wanted = listen.port ?? config.slack.port;
      const server = await app
        .start({ port: wanted, ...(listen.host ? { host: listen.host } : {}) })
        .catch((error: unknown) => {
          throw toListenError(error, wanted);
        });
      started = true;
      const port = (server.address() as AddressInfo).port;
      logger.info('Slack app listening for events', { port, path: '/slack/events' });
      return { port };
    },
    async stop() {
      if (resumeTimer) clearInterval(resumeTimer);
      resumeTimer = null;
      if (started) await app.stop();
      started = false;
      await queue.idle();
      questions.stop();
      await answerer.close();
    },
    idle: () => queue.idle(),
  };
}

function clientMessageIdOf(event: object): string | undefined {
  const value = (event as { client_msg_id?: unknown }).client_msg_id;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
