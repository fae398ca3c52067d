import type { SlackConfig } from '../config/load-config.ts';

/** Why a request was refused, or null when it may proceed. */
export type AccessRefusal = 'channel' | 'user' | null;

/**
 * Applies the allow-lists. TAKUMI_ALLOWED_USERS limits who may ask anywhere. TAKUMI_ALLOWED_CHANNELS
 * limits the channels Takumi answers in (answers are visible to everyone there); a direct message
 * with the bot is not a channel of that kind, so it is governed by the user list alone.
 */
export function checkAccess(
  slack: Pick<SlackConfig, 'allowedChannels' | 'allowedUsers'>,
  request: { channel: string; user: string; isDirectMessage: boolean },
): AccessRefusal {
  if (slack.allowedUsers && !slack.allowedUsers.includes(request.user)) return 'user';
  if (!request.isDirectMessage && slack.allowedChannels && !slack.allowedChannels.includes(request.channel))
    return 'channel';
  return null;
}
