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

/**
 * A block_actions payload, as Slack posts it (form field `payload`, signed like events) when `user`
 * presses the button `actionId` (value `value`) on the bot's message `messageTs` in a thread.
 */
export function buttonClickPayload(input: {
  user: string;
  channel: string;
  messageTs: string;
  threadTs: string;
  actionId: string;
  value: string;
  buttonText: string;
}): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: {
      id: input.user,
      username: input.user.toLowerCase(),
      name: input.user.toLowerCase(),
      team_id: fakeBot.teamId,
    },
    api_app_id: 'AFAKETAKUMI',
    token: 'legacy-verification-token-unused',
    container: {
      type: 'message',
      message_ts: input.messageTs,
      channel_id: input.channel,
      is_ephemeral: false,
      thread_ts: input.threadTs,
    },
    trigger_id: `${Date.now()}.trigger`,
    team: { id: fakeBot.teamId, domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: input.channel, name: 'marketing' },
    message: {
      type: 'message',
      user: fakeBot.userId,
      bot_id: fakeBot.botId,
      ts: input.messageTs,
      thread_ts: input.threadTs,
    },
    response_url: `https://hooks.slack.test/actions/${fakeBot.teamId}/1/x`,
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: `takumi_export_${input.value}`,
        text: { type: 'plain_text', text: input.buttonText, emoji: true },
        value: input.value,
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
}
