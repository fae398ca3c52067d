import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { type Language, languages } from '../core/language.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** Options of {@link SlackQuestionStore}. */
export interface SlackQuestionStoreOptions {
  /** How often the owner renews the heartbeat of the questions it works on. */
  heartbeatIntervalMilliseconds: number;
  /** A question whose heartbeat is older than this belongs to a process that is gone. */
  staleAfterMilliseconds: number;
  /** Finished questions are deleted after this long. */
  retentionMilliseconds: number;
}

export const defaultSlackQuestionStoreOptions: SlackQuestionStoreOptions = {
  heartbeatIntervalMilliseconds: 10_000,
  staleAfterMilliseconds: 60_000,
  retentionMilliseconds: 7 * 86_400_000,
};

/** Where a stored question stands: open (`accepted`, `delivering`) or done. */
export type SlackQuestionStatus = 'accepted' | 'delivering' | 'answered' | 'failed' | 'abandoned';

/** A question to store as accepted, before any work on it starts. */
export interface AcceptedQuestion {
  /** `message:<channel>:<ts>` of the asking message, or `command:<trigger_id>`. */
  key: string;
  channel: string;
  threadTs: string;
  user: string;
  text: string;
  language: Language;
}

/** An open question this process has just taken over from a process that is gone. */
export interface OrphanedQuestion extends AcceptedQuestion {
  status: 'accepted' | 'delivering';
  progressTs: string | null;
  /** Processes that have taken it on, this one included. */
  attempts: number;
}

/**
 * Takumi's accepted Slack questions, in the SlackQuestion table: stored before work starts, renewed
 * by a heartbeat while the owning process works on them, closed when answered. A process killed
 * while answering leaves them open; {@link claimOrphans} lets another process (or the same one after
 * its restart) take them over. A take-over is one conditional UPDATE on the owner and attempt count,
 * so of two processes sharing one database exactly one wins each question.
 */
export class SlackQuestionStore {
  readonly #prisma: PrismaClient;
  readonly #options: SlackQuestionStoreOptions;
  readonly #owner = {
    owner: `${processPrefix}${randomBytes(6).toString('hex')}`,
    ownerHost: os.hostname(),
    ownerPid: process.pid,
  };
  #timer: NodeJS.Timeout | null = null;

  constructor(prisma: PrismaClient, options: Partial<SlackQuestionStoreOptions> = {}) {
    this.#prisma = prisma;
    this.#options = { ...defaultSlackQuestionStoreOptions, ...options };
  }

  /** Stores a question as accepted and owned by this process. */
  async accept(question: AcceptedQuestion): Promise<void> {
    await this.#prisma.slackQuestion.create({
      data: {
        key: question.key,
        channel: question.channel,
        threadTs: question.threadTs,
        user: question.user,
        question: question.text,
        language: question.language,
        status: 'accepted',
        heartbeatAt: new Date(),
        ...this.#owner,
      },
    });
  }

  /** Records the `ts` of the question's 「考え中…」 message, so a take-over updates that message. */
  async setProgress(key: string, progressTs: string): Promise<void> {
    await this.#prisma.slackQuestion.updateMany({ where: { key, owner: this.#owner.owner }, data: { progressTs } });
  }

  /**
   * Moves an open question on: `delivering` just before the answer is posted (a take-over then says
   * the answer may be incomplete instead of answering twice); a final status when done, which also
   * forgets the question's text.
   */
  async setStatus(key: string, status: Exclude<SlackQuestionStatus, 'accepted'>): Promise<void> {
    await this.#prisma.slackQuestion.updateMany({
      where: { key, owner: this.#owner.owner },
      data: { status, heartbeatAt: new Date(), ...(status === 'delivering' ? {} : { question: '' }) },
    });
  }

  /** Starts renewing this process's heartbeat on its open questions (and stops with {@link stop}). */
  start(onError: (error: unknown) => void): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      this.#prisma.slackQuestion
        .updateMany({
          where: { owner: this.#owner.owner, status: { in: ['accepted', 'delivering'] } },
          data: { heartbeatAt: new Date() },
        })
        .catch(onError);
    }, this.#options.heartbeatIntervalMilliseconds);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /**
   * Takes over the open questions of processes that are gone: a heartbeat older than
   * `staleAfterMilliseconds`, or an owner on this host whose pid no longer runs (a restart after
   * kill -9 resumes at once). Returns the questions this process won.
   */
  async claimOrphans(now: Date = new Date()): Promise<OrphanedQuestion[]> {
    const open = await this.#prisma.slackQuestion.findMany({
      where: { status: { in: ['accepted', 'delivering'] }, owner: { not: this.#owner.owner } },
      orderBy: { createdAt: 'asc' },
    });
    const staleBefore = now.getTime() - this.#options.staleAfterMilliseconds;
    const won: OrphanedQuestion[] = [];
    for (const row of open) {
      const gone =
        row.heartbeatAt.getTime() < staleBefore || (row.ownerHost === this.#owner.ownerHost && !isRunning(row));
      if (!gone) continue;
      const { count } = await this.#prisma.slackQuestion.updateMany({
        where: { key: row.key, owner: row.owner, attempts: row.attempts, status: row.status },
        data: { ...this.#owner, heartbeatAt: new Date(), attempts: row.attempts + 1 },
      });
      if (count !== 1) continue;
      won.push({
        key: row.key,
        channel: row.channel,
        threadTs: row.threadTs,
        user: row.user,
        text: row.question,
        // A stored value that is not a known language (a hand-edited row) reads as Japanese.
        language: languages.find((known) => known === row.language) ?? 'ja',
        status: row.status === 'delivering' ? 'delivering' : 'accepted',
        progressTs: row.progressTs,
        attempts: row.attempts + 1,
      });
    }
    return won;
  }

  /** Deletes finished questions older than the retention; returns how many. */
  async prune(now: Date = new Date()): Promise<number> {
    const { count } = await this.#prisma.slackQuestion.deleteMany({
      where: {
        status: { notIn: ['accepted', 'delivering'] },
        updatedAt: { lt: new Date(now.getTime() - this.#options.retentionMilliseconds) },
      },
    });
    return count;
  }
}

/**
 * Marks the owner tokens of this process (host, pid and a token drawn at start): an owner with this
 * pid but another token was a predecessor that had the same pid (a restarted container's pid 1).
 */
const processPrefix = `${os.hostname()}:${process.pid}:${randomBytes(6).toString('hex')}:`;

/** Whether the owner of a question on this host still runs: this process, or a pid that exists. */
function isRunning(row: { owner: string; ownerPid: number }): boolean {
  if (row.ownerPid === process.pid) return row.owner.startsWith(processPrefix);
  if (row.ownerPid <= 0) return false;
  try {
    process.kill(row.ownerPid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
