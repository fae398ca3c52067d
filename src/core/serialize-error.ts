import { TakumiError } from './takumi-error.ts';

/** A thrown value as plain JSON-able fields for a log line. */
export interface SerializedError {
  name?: string;
  message?: string;
  stack?: string;
  code?: unknown;
  details?: Readonly<Record<string, unknown>>;
  /** The Slack Web API's own error name (`not_in_channel`, `ratelimited`, …) when Slack refused. */
  slackError?: unknown;
  cause?: SerializedError;
  /** A thrown non-Error, as text. */
  value?: string;
}

/**
 * The one way an error becomes log fields: name, message, stack, its code (a TakumiError's or a
 * library's, e.g. Bolt's `slack_webapi_platform_error`), a TakumiError's details, Slack's error name,
 * and the cause chain (at most `maxDepth` levels, so a cyclic cause cannot loop).
 */
export function serializeError(error: unknown, maxDepth = 5): SerializedError {
  if (!(error instanceof Error)) return { value: String(error) };
  const code = (error as { code?: unknown }).code;
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  return {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(code === undefined ? {} : { code }),
    ...(error instanceof TakumiError ? { details: error.details } : {}),
    ...(slackError === undefined ? {} : { slackError }),
    ...(error.cause === undefined || maxDepth <= 0 ? {} : { cause: serializeError(error.cause, maxDepth - 1) }),
  };
}
