import { SlackAppError } from './slack-app-error.ts';

/** Turns a failed auth.test at start-up into an error that says which setting to fix. */
export function toStartError(error: unknown, apiUrl: string | undefined): SlackAppError {
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof slackError === 'string') {
    return new SlackAppError(
      'SLACK_AUTH_FAILED',
      `Slack rejected SLACK_BOT_TOKEN (${slackError}). Copy the Bot User OAuth Token (xoxb-…) again from your Slack app's OAuth & Permissions page; reinstall the app to the workspace if its scopes changed.`,
      { slackError },
      { cause: error },
    );
  }
  return new SlackAppError(
    'SLACK_UNREACHABLE',
    `Could not reach the Slack Web API at ${apiUrl ?? 'https://slack.com/api/'} (${error instanceof Error ? error.message : String(error)}). Check the network or proxy${apiUrl ? ', and SLACK_API_URL' : ''}.`,
    {},
    { cause: error },
  );
}
