import type { App } from '@slack/bolt';
import type { TakumiConfig } from '../config/load-config.ts';
import { answerInThread, type AnswerInThreadDependencies } from './answer-in-thread.ts';
import { checkAccess } from './check-access.ts';
import type { DeliveryReceipts } from './delivery-receipts.ts';
import { describeFailure } from './describe-failure.ts';
import { questionFromSlackText } from './question-from-slack-text.ts';
import { slackMessages } from './slack-messages.ts';
import type { WorkQueue } from './work-queue.ts';
import { detectLanguage } from '../core/language.ts';
import type { Logger } from '../core/logger.ts';
import { serializeError } from '../core/serialize-error.ts';

/** What the /takumi handler shares with the rest of the app. */
export interface TakumiCommandParts {
  config: TakumiConfig;
  logger: Logger;
  receipts: DeliveryReceipts;
  queue: WorkQueue;
  dependencies: AnswerInThreadDependencies;
}

/**
 * Registers `/takumi <question>`. The command is acknowledged at once (empty, so nothing is echoed;
 * refusals and usage go in the ack as ephemeral text), then a root message shows the question in the
 * channel and the answer follows in its thread, exactly like a mention, so follow-ups work the same.
 * Where the bot is not a channel member, the asker is told so through the command's response URL.
 */
export function registerTakumiCommand(app: App, parts: TakumiCommandParts): void {
  const { config, logger, receipts, queue, dependencies } = parts;
  app.command('/takumi', async ({ command, ack, respond, context }) => {
    // Slash commands carry no event id; a retried request (should Slack ever send one) is only acked.
    if (context.retryNum !== undefined) {
      await ack();
      return;
    }
    const question = questionFromSlackText(command.text, context.botUserId);
    const language = detectLanguage(question);
    const refusal = checkAccess(config.slack, {
      channel: command.channel_id,
      user: command.user_id,
      isDirectMessage: command.channel_id.startsWith('D'),
    });
    if (refusal) {
      logger.info('Refused a /takumi command by the allow-lists', {
        channel: command.channel_id,
        user: command.user_id,
        reason: refusal,
      });
      await ack({
        response_type: 'ephemeral',
        text: (refusal === 'channel' ? slackMessages.channelRefused : slackMessages.userRefused)[language],
      });
      return;
    }
    if (!question) {
      await ack({ response_type: 'ephemeral', text: slackMessages.help[language] });
      return;
    }
    await ack();
    queue.track(
      (async () => {
        try {
          if (!(await receipts.claim([`command:${command.trigger_id}`]))) return;
          // The command itself is not visible in the channel: a root message shows the question and
          // gives the answer a thread to live in (and the follow-ups a place to continue).
          let root: Awaited<ReturnType<typeof dependencies.client.chat.postMessage>>;
          try {
            root = await dependencies.client.chat.postMessage({
              channel: command.channel_id,
              text: `<@${command.user_id}> /takumi ${escapeMrkdwn(question)}`,
            });
          } catch (error) {
            logger.warn('Could not post the /takumi question to its channel', {
              channel: command.channel_id,
              error: error instanceof Error ? error.message : String(error),
            });
            await respond({ response_type: 'ephemeral', text: slackMessages.notInChannel[language] });
            return;
          }
          if (!root.ts) return;
          await answerInThread(
            {
              key: `command:${command.trigger_id}`,
              channel: command.channel_id,
              threadTs: root.ts,
              user: command.user_id,
              text: question,
            },
            dependencies,
          );
        } catch (error) {
          const failure = describeFailure(error, language);
          logger.error('Slack /takumi command failed', {
            errorId: failure.errorId,
            channel: command.channel_id,
            error: serializeError(error),
          });
          await respond({ response_type: 'ephemeral', text: failure.text }).catch(() => undefined);
        }
      })(),
    );
  });
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
