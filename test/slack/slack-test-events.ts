import { fakeBot } from '../support/fake-slack-api.ts';

/** An Events API envelope around `event`, as Slack posts it to the request URL. */
export function eventEnvelope(eventId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'legacy-verification-token-unused',
    team_id: fakeBot.teamId,
    api_app_id: 'AFAKETAKUMI',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: fakeBot.teamId,
        user_id: fakeBot.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

/** An app_mention event: `text` gets the bot's mention in front, as Slack writes it. */
export function mentionEvent(input: {
  ts: string;
  text: string;
  channel: string;
  user: string;
  threadTs?: string;
}): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: input.user,
    text: `<@${fakeBot.userId}> ${input.text}`,
    ts: input.ts,
    channel: input.channel,
    event_ts: input.ts,
    client_msg_id: `client-${input.ts}`,
    ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
  };
}

/** A message.im event: what a person types in a DM with the bot. */
export function directMessageEvent(input: {
  ts: string;
  text: string;
  channel: string;
  user: string;
  threadTs?: string;
}): Record<string, unknown> {
  return {
    type: 'message',
    channel_type: 'im',
    user: input.user,
    text: input.text,
    ts: input.ts,
    channel: input.channel,
    event_ts: input.ts,
    client_msg_id: `client-${input.ts}`,
    ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
  };
}

/** Message content as text: a string, or the text parts of a content array. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map((part: { text?: string }) => part.text ?? '').join('') : '';
}
