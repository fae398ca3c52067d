import { createHmac } from 'node:crypto';

/** Options of {@link sendSlackRequest}. */
export interface SlackRequestOptions {
  /** e.g. `http://127.0.0.1:54321/slack/events`. */
  url: string;
  signingSecret: string;
  /** A JSON payload (Events API) or form fields (slash commands). */
  body: { json: unknown } | { form: Record<string, string> };
  /** Unix seconds to sign with; now by default. */
  timestamp?: number;
  /** Sets `x-slack-retry-num` (and a retry reason), as Slack does when it retries. */
  retryNum?: number;
  /** Replaces the computed signature (to send a wrong one). */
  signature?: string;
}

/** The response to a request Slack would send: signed with the signing secret, v0 scheme. */
export interface SlackRequestResult {
  status: number;
  text: string;
  milliseconds: number;
}

/**
 * Sends a request the way Slack does: the raw body signed as `v0:<timestamp>:<body>` with HMAC-SHA256
 * under the signing secret, in `x-slack-signature`, with `x-slack-request-timestamp`.
 */
export async function sendSlackRequest(options: SlackRequestOptions): Promise<SlackRequestResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const isJson = 'json' in options.body;
  const raw =
    'json' in options.body ? JSON.stringify(options.body.json) : new URLSearchParams(options.body.form).toString();
  const signature =
    options.signature ??
    `v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:${raw}`).digest('hex')}`;
  const started = performance.now();
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': isJson ? 'application/json' : 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...(options.retryNum === undefined
        ? {}
        : { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }),
    },
    body: raw,
  });
  const text = await response.text();
  return { status: response.status, text, milliseconds: performance.now() - started };
}
