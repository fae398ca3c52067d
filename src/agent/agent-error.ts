import { TakumiError } from '../core/takumi-error.ts';

/**
 * Raised by the agent layer for failures the caller must report: no usable model configuration, a
 * tool that cannot be offered to the model, a model that did not answer. The message says what to do.
 */
export class AgentError extends TakumiError {}
