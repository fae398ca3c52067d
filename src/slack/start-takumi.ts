import type { TakumiConfig } from '../config/load-config.ts';
import { resolveSlackMode } from './resolve-slack-mode.ts';
import { startSlackApp, type RunningSlackApp, type SlackRuntime } from './start-slack-app.ts';
import { createLogger } from '../core/create-logger.ts';
import type { Logger } from '../core/logger.ts';

/** Options of {@link startTakumi}. */
export interface StartTakumiOptions {
  /** Where log lines go; the runtime's logger, else one JSON object per line on stderr. */
  logger?: Logger;
  /**
   * Pieces the caller already set up (fonts, open database, privacy cache, default dataset), e.g.
   * from the CLI's runtime, so Slack and the terminal chat share them; the caller closes them.
   */
  runtime?: SlackRuntime;
}

/**
 * What `npm start` runs: Takumi in Slack when the configuration says so (SLACK_BOT_TOKEN plus
 * SLACK_SIGNING_SECRET for HTTP, or plus SLACK_APP_TOKEN for Socket Mode), else null, and the caller
 * starts the local terminal chat instead. Stop the returned app on SIGINT/SIGTERM.
 *
 * @throws ConfigError `CONFIG_SLACK_INCOMPLETE` when Slack is half configured (naming the missing
 *   variable); SlackAppError when Slack rejects the token or cannot be reached; DatabaseError.
 */
export async function startTakumi(
  config: TakumiConfig,
  options: StartTakumiOptions = {},
): Promise<RunningSlackApp | null> {
  if (!resolveSlackMode(config.slack)) return null;
  return startSlackApp({
    config,
    logger: options.logger ?? options.runtime?.logger ?? createLogger(),
    ...(options.runtime ? { runtime: options.runtime } : {}),
  });
}
