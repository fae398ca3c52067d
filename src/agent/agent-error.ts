import { TakumiError } from '../core/takumi-error.ts';

/**
 * Raised by the agent layer for failures the caller must report: no usable model configuration, a
 * tool that cannot be offered to the model, a model that did not answer. The message says what to do.
 */
/** The codes an {@link AgentError} carries. */
export const agentErrorCodes = [
  'AGENT_MODEL_FAILED',
  'AGENT_NO_API_KEY',
  'AGENT_QUESTION_TOO_LONG',
  'AGENT_TOOL_SCHEMA',
  'AGENT_TOO_MANY_STEPS',
  'AGENT_WORKER_FAILED',
] as const;

export class AgentError extends TakumiError<(typeof agentErrorCodes)[number]> {}
