/** A tool result kept with the assistant turn that used it, so follow-up questions can refer to it. */
export interface ConversationToolResult {
  name: string;
  arguments: Record<string, unknown>;
  /** The text the model read (the tool's summary, or the refusal / error message that replaced it). */
  summary: string;
  ok: boolean;
}

/**
 * One earlier turn of a conversation, as the CLI or Slack stores it. Personal data may be present in
 * user turns (people paste e-mails); the privacy guard redacts it on every model request.
 */
export interface ConversationTurn {
  role: 'user' | 'assistant';
  content: string;
  /** Only on assistant turns: the tools run before the answer, in call order. */
  toolResults?: ConversationToolResult[];
}
