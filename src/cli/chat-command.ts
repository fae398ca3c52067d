import { createInterface } from 'node:readline/promises';
import { answerQuestion } from '../agent/answer-question.ts';
import type { ConversationTurn } from '../agent/conversation-turn.ts';
import { allTools } from '../tools/all-tools.ts';
import type { CommandIo } from './command-io.ts';
import { createRuntime, type TakumiRuntime } from '../agent/create-runtime.ts';
import { TakumiError } from '../core/takumi-error.ts';

/**
 * The local terminal chat (`npm start` without Slack tokens): a conversation with memory, charts
 * written to files. Type a question; an empty line or Ctrl-D ends it.
 */
export async function runChatCommand(
  _argv: string[],
  io: CommandIo,
  options: { input?: NodeJS.ReadableStream; runtime?: TakumiRuntime } = {},
): Promise<number> {
  const runtime = options.runtime ?? (await createRuntime({ onStatus: (message) => io.error(message) }));
  const input = options.input ?? process.stdin;
  const lines = createInterface({ input, terminal: false });
  let history: ConversationTurn[] = [];
  const mode = runtime.config.openAiApiKey ? `model ${runtime.config.model}` : 'offline planner (no OPENAI_API_KEY)';
  io.out(
    `Takumi 匠 — ${mode}; dataset: ${runtime.defaultDataset ?? '(choose one)'}. 質問をどうぞ / Ask a question (empty line to quit).`,
  );
  try {
    for await (const line of lines) {
      const question = line.trim();
      if (!question || question === 'exit' || question === 'quit') break;
      try {
        const result = await answerQuestion({
          question,
          history,
          tools: allTools,
          prisma: runtime.database.prisma,
          config: runtime.config,
          logger: runtime.logger,
          defaultDataset: runtime.defaultDataset,
          chartFonts: runtime.chartFonts,
          sensitiveValues: runtime.sensitiveValues,
          onProgress: (progress) => io.error(`… ${progress.label}`),
        });
        history = result.history;
        io.out(`\n${result.answer}`);
        for (const chart of result.charts) io.out(`📊 ${chart.title}: ${chart.path}`);
        io.out('');
      } catch (error) {
        // One failed question must not end the conversation.
        io.error(error instanceof TakumiError ? error.message : 'Something went wrong; the details are in the log.');
        if (!(error instanceof TakumiError)) runtime.logger.error('chat question failed', { error });
      }
    }
  } finally {
    lines.close();
    await runtime.close();
  }
  return 0;
}
