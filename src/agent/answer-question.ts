import path from 'node:path';
import { AIMessage, HumanMessage } from 'langchain';
import type { ChartFonts } from '../charts/font-setup.ts';
import type { TakumiConfig } from '../config/load-config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { TakumiTool, ToolChart } from '../tools/takumi-tool.ts';
import { AgentError } from './agent-error.ts';
import type { AgentProgress } from './agent-progress.ts';
import type { ConversationTurn } from './conversation-turn.ts';
import { createChatModel } from './create-chat-model.ts';
import { createTakumiAgent } from './create-takumi-agent.ts';
import { keepRecentTurns } from './keep-recent-turns.ts';
import { loadSystemPrompt } from './load-system-prompt.ts';
import { answerOffline } from './offline-planner.ts';
import { PrivacyGuard, PrivacyGuardError, type ModelFetch } from './privacy-guard.ts';
import { SensitiveValueCache } from './sensitive-value-cache.ts';
import { toLangchainMessages } from './to-langchain-messages.ts';
import type { ToolCallRecord } from './tool-call-record.ts';
import { ToolRunner } from './tool-runner.ts';
import type { Logger } from '../core/logger.ts';
import { detectLanguage, type Language } from '../core/language.ts';
import { createErrorId } from '../core/takumi-error.ts';
import { serializeError } from '../core/serialize-error.ts';

/** Options of {@link answerQuestion}. */
export interface AnswerQuestionOptions {
  question: string;
  /** Earlier turns of the conversation, oldest first (the `history` of the previous answer). */
  history?: readonly ConversationTurn[];
  /** The registered tools; looked up by name, so any subset works. */
  tools: readonly TakumiTool[];
  prisma: PrismaClient;
  config: TakumiConfig;
  logger: Logger;
  defaultDataset?: string | null;
  /** Where tools write chart PNGs; `<home>/charts` by default. */
  chartDirectory?: string;
  /** Fonts from `setUpChartFonts` at start-up; null (the default) means tools draw no charts. */
  chartFonts?: ChartFonts | null;
  onProgress?: (progress: AgentProgress) => void;
  /** Share one per process (or per conversation) so personal values are not reloaded every turn. */
  sensitiveValues?: SensitiveValueCache;
  /** Earlier turns kept (the newest); older ones are dropped to bound the prompt. */
  maxHistoryTurns?: number;
  /** Model rounds (model call + its tools) before the agent gives up. */
  maxModelSteps?: number;
  /** Model request retries on 429/5xx/network errors. */
  maxRetries?: number;
  signal?: AbortSignal;
  /** Where guarded requests are finally sent (tests); the global fetch by default. */
  fetch?: ModelFetch;
}

export const defaultAnswerQuestionOptions = {
  maxHistoryTurns: 20,
  maxModelSteps: 10,
  maxRetries: 2,
  /** Slack's own limit for one message; longer input is refused before any work (and any redaction). */
  maxQuestionCharacters: 40_000,
} as const;

/** The answer to one question, and the history to pass with the next one. */
export interface AnswerResult {
  answer: string;
  language: Language;
  /** `model`: the language model answered; `offline`: the keyword planner did (no API key). */
  mode: 'model' | 'offline';
  toolCalls: ToolCallRecord[];
  charts: ToolChart[];
  /** `history` + this question + this answer (with its tool results), trimmed to `maxHistoryTurns`. */
  history: ConversationTurn[];
}

/**
 * The single entry point of the CLI and Slack: answers a question in the asker's language (ja/en)
 * from Takumi's tools. With an OpenAI API key in the config, a langchain agent lets the model choose
 * tools; without one, the offline planner does. Either way tools run through one {@link ToolRunner}
 * and everything sent to a model passes the {@link PrivacyGuard}.
 *
 * @throws AgentError `AGENT_QUESTION_TOO_LONG` for a question over 40,000 characters, `AGENT_MODEL_FAILED` when the model cannot be reached or errs (the full error is
 *   logged with the id the message gives), `AGENT_TOO_MANY_STEPS` when it keeps calling tools;
 *   PrivacyGuardError when a request could not be inspected (nothing was sent).
 */
export async function answerQuestion(options: AnswerQuestionOptions): Promise<AnswerResult> {
  const maxQuestion = defaultAnswerQuestionOptions.maxQuestionCharacters;
  if (options.question.length > maxQuestion) {
    throw new AgentError(
      'AGENT_QUESTION_TOO_LONG',
      `The question has ${options.question.length.toLocaleString('en-US')} characters; Takumi reads at most ${maxQuestion.toLocaleString('en-US')}. Shorten it and ask again.`,
      { characters: options.question.length, limit: maxQuestion },
    );
  }
  const history = keepRecentTurns(
    options.history ?? [],
    options.maxHistoryTurns ?? defaultAnswerQuestionOptions.maxHistoryTurns,
  );
  const language = detectLanguage(options.question);
  const defaultDataset = options.defaultDataset ?? null;
  const { config, logger } = options;
  const guard = new PrivacyGuard({
    sensitiveValues: options.sensitiveValues ?? new SensitiveValueCache(options.prisma),
    logger,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const runner = new ToolRunner({
    tools: options.tools,
    context: {
      prisma: options.prisma,
      config,
      defaultDataset,
      language,
      chartDirectory: options.chartDirectory ?? path.join(config.home, 'charts'),
      chartFonts: options.chartFonts ?? null,
      logger,
    },
    minimumGroupSize: config.minimumGroupSize,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  let answer: string;
  let mode: AnswerResult['mode'];
  if (config.openAiApiKey) {
    mode = 'model';
    // The model only saw redacted text, but it may echo what the user typed: the answer goes to Slack
    // and the terminal, so it passes the same guard.
    answer = await guard.redactText(await askModel(options, { history, language, defaultDataset, guard, runner }));
  } else {
    mode = 'offline';
    answer = await answerOffline({ question: options.question, history, language, runner, guard, defaultDataset });
  }
  const assistantTurn: ConversationTurn = {
    role: 'assistant',
    content: answer,
    toolResults: runner.records.map((record) => ({
      name: record.name,
      arguments: record.arguments,
      summary: record.content,
      ok: record.ok,
    })),
  };
  const maxTurns = options.maxHistoryTurns ?? defaultAnswerQuestionOptions.maxHistoryTurns;
  return {
    answer,
    language,
    mode,
    toolCalls: runner.records,
    charts: runner.charts,
    history: keepRecentTurns(
      [...history, { role: 'user' as const, content: options.question }, assistantTurn],
      maxTurns,
    ),
  };
}

interface AskModelParts {
  history: readonly ConversationTurn[];
  language: Language;
  defaultDataset: string | null;
  guard: PrivacyGuard;
  runner: ToolRunner;
}

async function askModel(options: AnswerQuestionOptions, parts: AskModelParts): Promise<string> {
  const { config, logger } = options;
  const maxModelSteps = options.maxModelSteps ?? defaultAnswerQuestionOptions.maxModelSteps;
  const agent = createTakumiAgent({
    model: createChatModel({
      config,
      guard: parts.guard,
      maxRetries: options.maxRetries ?? defaultAnswerQuestionOptions.maxRetries,
    }),
    tools: options.tools,
    runner: parts.runner,
    systemPrompt: loadSystemPrompt({
      language: parts.language,
      minimumGroupSize: config.minimumGroupSize,
      defaultDataset: parts.defaultDataset,
    }),
  });
  const messages = [
    ...toLangchainMessages(parts.history),
    new HumanMessage({ content: options.question, id: `question-${parts.history.length}` }),
  ];
  let state: Awaited<ReturnType<typeof agent.invoke>>;
  try {
    // Each round is the model node plus the tools node; a little slack for the middleware nodes.
    state = await agent.invoke(
      { messages },
      { recursionLimit: maxModelSteps * 2 + 4, ...(options.signal ? { signal: options.signal } : {}) },
    );
  } catch (error) {
    if (error instanceof PrivacyGuardError || error instanceof AgentError) throw error;
    if (error instanceof Error && error.name === 'GraphRecursionError') {
      throw new AgentError(
        'AGENT_TOO_MANY_STEPS',
        `The model kept calling tools for more than ${maxModelSteps} rounds without answering; ask a narrower question.`,
      );
    }
    const errorId = createErrorId();
    logger.error('Model request failed', {
      errorId,
      baseUrl: config.openAiBaseUrl,
      model: config.model,
      error: serializeError(error),
    });
    const status =
      typeof error === 'object' && error !== null && 'status' in error
        ? ` (HTTP ${String((error as { status: unknown }).status)})`
        : '';
    throw new AgentError(
      'AGENT_MODEL_FAILED',
      `The language model at ${new URL(config.openAiBaseUrl).host} did not answer${status} (error id ${errorId}). Check OPENAI_API_KEY, OPENAI_BASE_URL and TAKUMI_MODEL, or unset OPENAI_API_KEY to use the offline planner.`,
      { errorId },
      { cause: error },
    );
  }
  const last = [...state.messages].reverse().find((message) => AIMessage.isInstance(message));
  return last?.text.trim() ?? '';
}
