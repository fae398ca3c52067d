import { Worker } from 'node:worker_threads';
import type { Logger } from '../../core/logger.ts';
import { serializeError } from '../../core/serialize-error.ts';
import type { AgentProgress } from '../agent-progress.ts';
import { AgentError } from '../agent-error.ts';
import type { AnswerResult } from '../answer-question.ts';
import type { ConversationTurn } from '../conversation-turn.ts';
import type { AnswerWorkerData, FromWorker, ToWorker } from './answer-worker-protocol.ts';
import { reviveError } from './transfer-error.ts';

/** One question for {@link AnswerWorker.answer}. */
export interface AnswerInput {
  question: string;
  history: readonly ConversationTurn[];
  onProgress?: (progress: AgentProgress) => void;
}

/** Answers a question somewhere: in this thread (answerQuestion) or on an {@link AnswerWorker}. */
export type AnswerFunction = (input: AnswerInput) => Promise<AnswerResult>;

interface Pending {
  resolve: (result: AnswerResult) => void;
  reject: (error: Error) => void;
  onProgress: ((progress: AgentProgress) => void) | undefined;
}

/**
 * answerQuestion on a long-lived worker thread of its own, so a heavy analysis (a CDNOW-size
 * segmentation keeps a core busy for seconds) never holds up the thread that receives Slack events
 * and acknowledges them. The thread is started once, on the first `start()` or question, and answers
 * any number of questions, several at once; start-up (the TypeScript loader, langchain, Prisma) is
 * paid once. Its log lines arrive in the given logger. Should the thread die (out of memory, a native
 * crash), the questions it held fail with `AGENT_WORKER_FAILED` and the next question starts a new one.
 */
export class AnswerWorker {
  readonly #data: AnswerWorkerData;
  readonly #logger: Logger;
  readonly #pending = new Map<number, Pending>();
  #worker: Worker | null = null;
  #ready: Promise<Worker> | null = null;
  #nextId = 1;
  #closed = false;

  constructor(data: AnswerWorkerData, logger: Logger) {
    this.#data = data;
    this.#logger = logger;
  }

  /** Starts the thread (if not running) and resolves once it can take questions. */
  async start(): Promise<void> {
    await this.#thread();
  }

  /** Answers on the worker thread; rejects with the error answerQuestion threw there (code and details kept). */
  readonly answer: AnswerFunction = async (input) => {
    const worker = await this.#thread();
    const id = this.#nextId++;
    return new Promise<AnswerResult>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress: input.onProgress });
      const request: ToWorker = { type: 'answer', id, question: input.question, history: [...input.history] };
      worker.postMessage(request);
    });
  };

  /** Lets the questions in hand finish, then ends the thread. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    await exited;
  }

  #thread(): Promise<Worker> {
    if (this.#closed) return Promise.reject(new AgentError('AGENT_WORKER_FAILED', 'The answer worker is closed.'));
    this.#ready ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./answer-worker-entry.mjs', import.meta.url), { workerData: this.#data });
      this.#worker = worker;
      let started = false;
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          started = true;
          resolve(worker);
        } else if (message.type === 'start-failed') reject(reviveError(message.error));
        else this.#receive(message);
      });
      worker.once('error', (error) => {
        this.#logger.error('The answer worker thread failed', { error: serializeError(error) });
        if (!started) reject(error);
      });
      worker.once('exit', (exitCode) => {
        this.#worker = null;
        this.#ready = null;
        if (!started) reject(workerFailed(`The answer worker stopped while starting (exit code ${exitCode}).`));
        const failure = workerFailed(
          `The answer worker stopped (exit code ${exitCode}) before it answered; ask again. If it keeps happening, the machine may be short of memory.`,
        );
        for (const pending of this.#pending.values()) pending.reject(failure);
        this.#pending.clear();
      });
    });
    // A thread that could not start is tried again on the next question.
    this.#ready.catch(() => {
      this.#ready = null;
    });
    return this.#ready;
  }

  #receive(message: Exclude<FromWorker, { type: 'ready' | 'start-failed' }>): void {
    if (message.type === 'log') {
      this.#logger[message.level](message.message, message.fields);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.progress);
      return;
    }
    this.#pending.delete(message.id);
    if (message.type === 'answered') pending.resolve(message.result);
    else pending.reject(reviveError(message.error));
  }
}

function workerFailed(message: string): AgentError {
  return new AgentError('AGENT_WORKER_FAILED', message);
}
