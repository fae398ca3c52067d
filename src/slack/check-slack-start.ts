import { createServer } from 'node:net';
import { webApi } from '@slack/bolt';
import type { SlackConfig } from '../config/load-config.ts';
import { resolveSlackMode } from './resolve-slack-mode.ts';
import { SlackAppError } from './slack-app-error.ts';
import { toStartError } from './to-start-error.ts';

/**
 * Start-up checks give up quickly: an unreachable Slack must be reported in seconds, not after the
 * Web API client's five retries in five minutes (which stay on for the running app's own calls).
 */
export const defaultSlackStartCheckOptions = {
  /** One auth.test attempt may take this long before it counts as failed. */
  requestTimeoutMilliseconds: 5_000,
  /** Further attempts after the first (0.25 s, then 0.5 s apart). */
  retries: 2,
} as const;

/** Options of {@link checkSlackToken}. */
export type SlackStartCheckOptions = { -readonly [Key in keyof typeof defaultSlackStartCheckOptions]?: number };

/**
 * Calls auth.test once (with few, short retries) so a rejected token or an unreachable Slack is a
 * clear start-up error within seconds.
 *
 * @throws SlackAppError `SLACK_AUTH_FAILED` naming SLACK_BOT_TOKEN, or `SLACK_UNREACHABLE` naming the
 *   URL tried, how long it tried, and SLACK_API_URL when it is set.
 */
export async function checkSlackToken(
  slack: Pick<SlackConfig, 'botToken' | 'apiUrl'>,
  options: SlackStartCheckOptions = {},
): Promise<void> {
  const retries = options.retries ?? defaultSlackStartCheckOptions.retries;
  const client = new webApi.WebClient(slack.botToken, {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    timeout: options.requestTimeoutMilliseconds ?? defaultSlackStartCheckOptions.requestTimeoutMilliseconds,
    retryConfig: { retries, factor: 2, minTimeout: 250, maxTimeout: 1_000, randomize: false },
    // Failures are reported once, by the error below; the client's own retry warnings are noise here.
    logLevel: webApi.LogLevel.ERROR,
  });
  const started = performance.now();
  try {
    await client.auth.test();
  } catch (error) {
    throw toStartError(error, slack.apiUrl, {
      attempts: retries + 1,
      seconds: (performance.now() - started) / 1000,
    });
  }
}

/**
 * Checks that HTTP mode can listen on `port` (every interface, as Bolt does) by listening and closing
 * again, so a taken PORT is reported before the slow parts of start-up (database, demo, model).
 *
 * @throws SlackAppError `SLACK_PORT_IN_USE` / `SLACK_PORT_FORBIDDEN` naming PORT and the fix.
 */
export async function checkPortFree(port: number, host?: string): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(toListenError(error, port)));
    server.listen({ port, ...(host ? { host } : {}), exclusive: true }, () => resolve());
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/**
 * Turns a listen failure into an error that names PORT and the fix; other errors pass unchanged.
 */
export function toListenError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new SlackAppError(
      'SLACK_PORT_IN_USE',
      `Port ${port} (PORT) is already in use by another program, perhaps another Takumi. Stop that program, or start Takumi on a free port, e.g. PORT=${port === 65_535 ? 3000 : port + 1} npm start (and point the Slack app's Request URL there).`,
      { port },
      { cause: error },
    );
  }
  if (code === 'EACCES') {
    return new SlackAppError(
      'SLACK_PORT_FORBIDDEN',
      `Takumi may not listen on port ${port} (PORT): ports below 1024 need administrator rights. Set PORT to a port from 1024 up, e.g. PORT=3000 npm start, and put a proxy in front if Slack must reach port ${port}.`,
      { port },
      { cause: error },
    );
  }
  return error;
}

/**
 * What `npm start` checks before its slow set-up (database, demo, model): when Slack is configured,
 * that the token works and, in HTTP mode, that PORT is free. Without Slack settings it does nothing.
 *
 * @throws ConfigError `CONFIG_SLACK_INCOMPLETE`; SlackAppError as {@link checkSlackToken} and {@link checkPortFree}.
 */
export async function checkSlackStart(slack: SlackConfig, options: SlackStartCheckOptions = {}): Promise<void> {
  const mode = resolveSlackMode(slack);
  if (!mode) return;
  if (mode === 'http') await checkPortFree(slack.port);
  await checkSlackToken(slack, options);
}
