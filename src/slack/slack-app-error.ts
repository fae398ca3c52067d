import { TakumiError } from '../core/takumi-error.ts';

/** Raised when the Slack app cannot start (token rejected, Slack unreachable); the message says what to fix. */
export class SlackAppError extends TakumiError {}
