/**
 * A progress event for Slack's "working…" message. `done`/`total` count tool calls of the current
 * question; `total` can grow while the model decides on more tools. `phase: 'step'` relays a tool's
 * own progress (e.g. 「セグメンテーション実行中… 2/4」), with the tool's step counts.
 */
export interface AgentProgress {
  phase: 'started' | 'finished' | 'step';
  toolName: string;
  /** Ready to show, in the conversation language. */
  label: string;
  done: number;
  total: number;
}
