import { type ErrorCode, TakumiError } from '../core/takumi-error.ts';

/** Codes of {@link SlackAppError}. */
export const slackAppErrorCodes = [
  'SLACK_AUTH_FAILED',
  'SLACK_NOT_CONFIGURED',
  'SLACK_PORT_FORBIDDEN',
  'SLACK_PORT_IN_USE',
  'SLACK_UNREACHABLE',
] as const;

/** Raised when the Slack app cannot start (token rejected, Slack unreachable); the message says what to fix. */
export class SlackAppError extends TakumiError<ErrorCode<typeof slackAppErrorCodes>> {}
