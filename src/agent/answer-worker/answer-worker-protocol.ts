import type { ChartFonts } from '../../charts/font-setup.ts';
import type { TakumiConfig } from '../../config/load-config.ts';
import type { AgentProgress } from '../agent-progress.ts';
import type { AnswerResult } from '../answer-question.ts';
import type { ConversationTurn } from '../conversation-turn.ts';

/** What the answer thread is started with (structured-cloned: plain data only). */
export interface AnswerWorkerData {
  config: TakumiConfig;
  chartFonts: ChartFonts | null;
  defaultDataset: string | null;
  chartDirectory: string;
  /** Names of the tools to offer; null: every tool. */
  toolNames: string[] | null;
  maxRetries?: number;
  maxModelSteps?: number;
  maxHistoryTurns?: number;
}

/** A question sent to the answer thread. */
export interface AnswerRequest {
  type: 'answer';
  id: number;
  question: string;
  history: ConversationTurn[];
}

/** A thrown error as it crosses the thread boundary. */
export interface TransferredError {
  name: string;
  message: string;
  stack?: string;
  /** Set for a TakumiError (or a library error with a string code). */
  code?: string;
  details?: Record<string, unknown>;
  takumi: boolean;
}

export type ToWorker = AnswerRequest | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'start-failed'; error: TransferredError }
  | { type: 'progress'; id: number; progress: AgentProgress }
  | { type: 'answered'; id: number; result: AnswerResult }
  | { type: 'failed'; id: number; error: TransferredError }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; fields?: Record<string, unknown> };
