import type { ChartFonts } from '../../charts/font-setup.ts';
import type { TakumiConfig } from '../../config/load-config.ts';
import type { Logger } from '../../core/logger.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { TakumiTool } from '../../tools/takumi-tool.ts';
import type { AnswerQuestionOptions } from '../answer-question.ts';
import { SensitiveValueCache } from '../sensitive-value-cache.ts';
import { AnswerWorker, type AnswerFunction } from './answer-worker.ts';

/** Options of {@link createAnswerer}. */
export interface AnswererOptions {
  /**
   * `worker`: on an {@link AnswerWorker} thread, so the caller's event loop stays free while an
   * analysis computes (what a server wants). `process`: on the caller's thread.
   */
  where: 'worker' | 'process';
  config: TakumiConfig;
  logger: Logger;
  /** The caller's client; used in `process` mode (the worker opens its own). */
  prisma: PrismaClient;
  chartFonts: ChartFonts | null;
  chartDirectory: string;
  defaultDataset: string | null;
  /** The tools to offer; every tool by default. A worker offers the tools of these names. */
  tools?: readonly TakumiTool[];
  /** `process` mode: the process's cache; a new one by default. */
  sensitiveValues?: SensitiveValueCache;
  /** answerQuestion settings. A `fetch` (tests) cannot cross threads: with one, answers run in process. */
  settings?: Partial<Pick<AnswerQuestionOptions, 'maxRetries' | 'maxModelSteps' | 'maxHistoryTurns' | 'fetch'>>;
}

/** Answers questions, here or on a worker thread; `start` and `close` frame its lifetime. */
export interface Answerer {
  where: 'worker' | 'process';
  answer: AnswerFunction;
  /** Worker: starts the thread and waits until it takes questions. Process: loads the tools. */
  start(): Promise<void>;
  /** Waits for the questions in hand, then ends the thread (if any). */
  close(): Promise<void>;
}

/** The answering side of a front end (Slack): answerQuestion with the front end's settings, in or off thread. */
export function createAnswerer(options: AnswererOptions): Answerer {
  const settings = options.settings ?? {};
  if (options.where === 'worker' && !settings.fetch) {
    const worker = new AnswerWorker(
      {
        config: options.config,
        chartFonts: options.chartFonts,
        chartDirectory: options.chartDirectory,
        defaultDataset: options.defaultDataset,
        toolNames: options.tools ? options.tools.map((tool) => tool.name) : null,
        ...(settings.maxRetries === undefined ? {} : { maxRetries: settings.maxRetries }),
        ...(settings.maxModelSteps === undefined ? {} : { maxModelSteps: settings.maxModelSteps }),
        ...(settings.maxHistoryTurns === undefined ? {} : { maxHistoryTurns: settings.maxHistoryTurns }),
      },
      options.logger,
    );
    return { where: 'worker', answer: worker.answer, start: () => worker.start(), close: () => worker.close() };
  }
  const sensitiveValues = options.sensitiveValues ?? new SensitiveValueCache(options.prisma);
  let tools: Promise<readonly TakumiTool[]> | null = null;
  // Loaded when needed: a front end answering on a worker never loads the agent, the tools and their
  // libraries (langchain, the engine) on its own thread.
  const loadTools = (): Promise<readonly TakumiTool[]> =>
    (tools ??= options.tools
      ? Promise.resolve(options.tools)
      : import('../../tools/all-tools.ts').then((module) => module.allTools));
  const loadAgent = (): Promise<typeof import('../answer-question.ts')> => import('../answer-question.ts');
  return {
    where: 'process',
    start: async () => {
      await Promise.all([loadTools(), loadAgent()]);
    },
    close: async () => undefined,
    answer: async (input) =>
      (await loadAgent()).answerQuestion({
        ...settings,
        question: input.question,
        history: input.history,
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
        tools: await loadTools(),
        prisma: options.prisma,
        config: options.config,
        logger: options.logger,
        defaultDataset: options.defaultDataset,
        chartDirectory: options.chartDirectory,
        chartFonts: options.chartFonts,
        sensitiveValues,
      }),
  };
}
