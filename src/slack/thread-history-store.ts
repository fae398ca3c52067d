import { z } from 'zod';
import type { ConversationTurn } from '../agent/conversation-turn.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Logger } from '../core/logger.ts';

/** Bounds of what {@link ThreadHistoryStore} keeps. */
export interface ThreadHistoryOptions {
  /** Newest turns kept per thread (a question and its answer are two). */
  maxTurns: number;
  /** Longest tool-result summary kept; a follow-up needs the gist, not every row. */
  maxSummaryCharacters: number;
  /** Largest stored history (JSON characters); the oldest turns go first. */
  maxHistoryCharacters: number;
  /** Threads untouched this long are deleted by `prune`: they may hold what people pasted. */
  retentionDays: number;
}

export const defaultThreadHistoryOptions: ThreadHistoryOptions = {
  maxTurns: 20,
  maxSummaryCharacters: 4000,
  maxHistoryCharacters: 200_000,
  retentionDays: 30,
};

const turnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  toolResults: z
    .array(
      z.object({
        name: z.string(),
        arguments: z.record(z.string(), z.unknown()),
        summary: z.string(),
        ok: z.boolean(),
      }),
    )
    .optional(),
});
const historySchema = z.array(turnSchema);

/**
 * The conversation of each Slack thread, in the SlackThread table, so a follow-up in the thread
 * continues it, also after a restart. Histories are bounded (turns, summary length, total size) and
 * always start with a question, as the agent expects.
 */
export class ThreadHistoryStore {
  readonly #prisma: PrismaClient;
  readonly #logger: Logger;
  readonly #options: ThreadHistoryOptions;

  constructor(prisma: PrismaClient, logger: Logger, options: Partial<ThreadHistoryOptions> = {}) {
    this.#prisma = prisma;
    this.#logger = logger;
    this.#options = { ...defaultThreadHistoryOptions, ...options };
  }

  /** The thread's history, oldest first; empty for a new thread or one whose record is unreadable. */
  async load(channel: string, threadTs: string): Promise<ConversationTurn[]> {
    const row = await this.#prisma.slackThread.findUnique({
      where: { channel_threadTs: { channel, threadTs } },
      select: { history: true },
    });
    if (!row) return [];
    let parsed: ReturnType<typeof historySchema.safeParse> | null;
    try {
      parsed = historySchema.safeParse(JSON.parse(row.history));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      // Starting the thread afresh beats failing every follow-up in it.
      this.#logger.warn('Unreadable Slack thread history; starting the conversation afresh', { channel, threadTs });
      return [];
    }
    return parsed.data.map((turn) =>
      turn.toolResults
        ? { role: turn.role, content: turn.content, toolResults: turn.toolResults }
        : { role: turn.role, content: turn.content },
    );
  }

  /** Stores the thread's history (the `history` of the latest answer), bounded. */
  async save(channel: string, threadTs: string, history: readonly ConversationTurn[]): Promise<void> {
    const text = JSON.stringify(this.bound(history));
    await this.#prisma.slackThread.upsert({
      where: { channel_threadTs: { channel, threadTs } },
      create: { channel, threadTs, history: text },
      update: { history: text },
    });
  }

  /** Applies the bounds: newest turns, shortened summaries, total size, starting with a question. */
  bound(history: readonly ConversationTurn[]): ConversationTurn[] {
    const { maxTurns, maxSummaryCharacters, maxHistoryCharacters } = this.#options;
    let turns = history.slice(-maxTurns).map((turn) =>
      turn.toolResults
        ? {
            ...turn,
            toolResults: turn.toolResults.map((result) =>
              result.summary.length > maxSummaryCharacters
                ? { ...result, summary: `${result.summary.slice(0, maxSummaryCharacters - 1)}…` }
                : result,
            ),
          }
        : turn,
    );
    while (turns.length > 0 && (turns[0]!.role !== 'user' || JSON.stringify(turns).length > maxHistoryCharacters))
      turns = turns.slice(1);
    return turns;
  }

  /** Deletes threads not touched for `retentionDays`; returns how many. */
  async prune(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.#options.retentionDays * 86_400_000);
    const { count } = await this.#prisma.slackThread.deleteMany({ where: { updatedAt: { lt: cutoff } } });
    return count;
  }
}
