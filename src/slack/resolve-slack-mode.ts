import { ConfigError, type SlackConfig } from '../config/load-config.ts';

/** How Takumi talks to Slack: over a Socket Mode WebSocket, or by receiving HTTP requests. */
export type SlackMode = 'socket' | 'http';

/**
 * Decides from the configuration whether and how Slack runs: no Slack variable at all → null (the
 * caller starts the local chat instead); SLACK_APP_TOKEN → Socket Mode; else the HTTP receiver,
 * which needs SLACK_SIGNING_SECRET.
 *
 * @throws ConfigError `CONFIG_SLACK_INCOMPLETE` naming the missing variable and where to find it, when
 *   some Slack variables are set but not enough to connect.
 */
export function resolveSlackMode(
  slack: Pick<SlackConfig, 'botToken' | 'signingSecret' | 'appToken'>,
): SlackMode | null {
  if (!slack.botToken) {
    if (!slack.signingSecret && !slack.appToken) return null;
    throw incomplete(
      'SLACK_BOT_TOKEN',
      "SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page, after installing the app to your workspace. Or unset the other SLACK_* variables to use the local chat.",
    );
  }
  if (slack.appToken) return 'socket';
  if (slack.signingSecret) return 'http';
  throw incomplete(
    'SLACK_SIGNING_SECRET',
    "SLACK_SIGNING_SECRET is missing: copy the Signing Secret from your Slack app's Basic Information → App Credentials (HTTP mode), or set SLACK_APP_TOKEN (xapp-…, Basic Information → App-Level Tokens with connections:write) to use Socket Mode instead.",
  );
}

function incomplete(variable: string, message: string): ConfigError {
  return new ConfigError('CONFIG_SLACK_INCOMPLETE', message, { variable });
}
