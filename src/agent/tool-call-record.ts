/**
 * How a tool call ended. `withheld`: it ran, but described a group below the minimum group size, so
 * its summary, data and charts were replaced by a refusal.
 */
export type ToolCallOutcome = 'succeeded' | 'invalid-arguments' | 'failed' | 'withheld' | 'unknown-tool';

/** One tool call of a question, for the caller (CLI output, Slack blocks, tests). */
export interface ToolCallRecord {
  name: string;
  arguments: Record<string, unknown>;
  ok: boolean;
  outcome: ToolCallOutcome;
  /** What the model (or the offline answer) got back from the call. */
  content: string;
  /** The tool's own reader-facing text in the conversation language (offline answers), when it has one. */
  presentation?: string;
  /** Set for `failed`: the id under which the full error was logged. */
  errorId?: string;
  /** The tool's typed `data`, only when `ok`. */
  data?: unknown;
}
