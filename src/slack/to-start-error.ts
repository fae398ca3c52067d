import { SlackAppError } from './slack-app-error.ts';

/**
 * Turns a failed auth.test at start-up into an error that says which setting to fix. `tried` (attempts
 * and seconds) is said in the message, so the operator knows it was not a single blip.
 */
export function toStartError(
  error: unknown,
  apiUrl: string | undefined,
  tried?: { attempts: number; seconds: number },
): SlackAppError {
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof slackError === 'string') {
    return new SlackAppError(
      'SLACK_AUTH_FAILED',
      `Slack rejected SLACK_BOT_TOKEN (${slackError}). Copy the Bot User OAuth Token (xoxb-…) again from your Slack app's OAuth & Permissions page; reinstall the app to the workspace if its scopes changed.`,
      { slackError },
      { cause: error },
    );
  }
  const url = apiUrl ?? 'https://slack.com/api/';
  const attempts = tried
    ? `, ${tried.attempts} ${tried.attempts === 1 ? 'try' : 'tries'} in ${tried.seconds.toFixed(1)} s`
    : '';
  return new SlackAppError(
    'SLACK_UNREACHABLE',
    `Could not reach the Slack Web API at ${url} (${causeText(error)}${attempts}). ${
      apiUrl
        ? `Check SLACK_API_URL (unset it to use https://slack.com/api/), the network and any proxy.`
        : 'Check the network, firewall and any proxy (HTTPS to slack.com must be allowed).'
    }`,
    { apiUrl: url, ...(tried ?? {}) },
    { cause: error },
  );
}

/** The lowest-level reason, e.g. `connect ECONNREFUSED 127.0.0.1:9`, not "A request error occurred" or "fetch failed". */
function causeText(error: unknown): string {
  let inner = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const next =
      (inner as { original?: unknown; cause?: unknown } | null)?.original ??
      (inner as { cause?: unknown } | null)?.cause;
    if (!(next instanceof Error)) break;
    inner = next;
  }
  const code = (inner as NodeJS.ErrnoException).code;
  const message = inner instanceof Error ? inner.message : String(inner);
  return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 200);
}
