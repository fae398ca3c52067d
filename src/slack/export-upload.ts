import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import type { SlackConfig, TakumiConfig } from '../config/load-config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { AudienceExportStore, type AudienceExportRecord } from './audience-export-store.ts';
import { type AccessRefusal, checkAccess } from './check-access.ts';
import { exportActionIds, mention, rowsText, settledExportMessage } from './export-offer-blocks.ts';
import { exportUploadMessages as messages } from './export-upload-messages.ts';
import { slackMessages } from './slack-messages.ts';
import type { WorkQueue } from './work-queue.ts';
import { detectLanguage, type Language } from '../core/language.ts';
import type { Logger } from '../core/logger.ts';
import { translate } from '../core/message-catalog.ts';
import { serializeError } from '../core/serialize-error.ts';

/** Why a click on an export button is refused: the allow-lists, or someone other than the asker. */
export type ExportRefusal = AccessRefusal | 'not-asker';

/**
 * Who may upload (or cancel) an export: whoever the allow-lists let use Takumi in that channel
 * ({@link checkAccess}), and then the asker; when the administrator named the users allowed to use
 * Takumi (TAKUMI_ALLOWED_USERS), any of them. Without such a list, anyone in a channel could press
 * the button, so then only the asker may: the file holds customers' data.
 */
export function checkExportAccess(
  slack: Pick<SlackConfig, 'allowedChannels' | 'allowedUsers'>,
  click: { channel: string; user: string },
  askedBy: string,
): ExportRefusal {
  const refusal = checkAccess(slack, { ...click, isDirectMessage: click.channel.startsWith('D') });
  if (refusal) return refusal;
  if (click.user === askedBy) return null;
  return slack.allowedUsers?.includes(click.user) ? null : 'not-asker';
}

/** What the export buttons' handlers share with the rest of the app. */
export interface ExportActionParts {
  config: TakumiConfig;
  prisma: PrismaClient;
  logger: Logger;
  /** Clicks are handled detached, tracked here so `idle()` and shutdown wait for them. */
  queue: WorkQueue;
}

/** One button press, from a block_actions payload. */
interface ExportClick {
  kind: 'upload' | 'cancel';
  exportId: string;
  user: string;
  channel: string;
  messageTs: string | undefined;
  /** The language of the button's own text (for a reply when the export is unknown). */
  buttonLanguage: Language;
}

/**
 * Registers the 「CSVをアップロード」 and 「キャンセル」 buttons of export offers. Each click is
 * acknowledged at once and handled detached: the clicker is checked ({@link checkExportAccess}), the
 * offer is claimed in the AudienceExport table (one claim wins, so a double click or two processes
 * upload once), the file is checked against the checksum taken when it was offered, uploaded to the
 * thread with files.uploadV2, logged (who, when, rows, dataset), and the button message is replaced by
 * 「✅ … さんがアップロードしました」. Refusals and problems are told to the clicker alone (ephemeral).
 */
export function registerExportActions(app: App, parts: ExportActionParts): void {
  const store = new AudienceExportStore(parts.prisma);
  for (const kind of ['upload', 'cancel'] as const) {
    app.action<BlockAction<ButtonAction>>(
      { type: 'block_actions', action_id: exportActionIds[kind] },
      async ({ ack, body, action, client }) => {
        await ack();
        const click: ExportClick = {
          kind,
          exportId: action.value ?? '',
          user: body.user.id,
          channel: body.channel?.id ?? String(body.container['channel_id'] ?? ''),
          messageTs: body.message?.ts ?? (body.container['message_ts'] as string | undefined),
          buttonLanguage: detectLanguage(action.text?.text ?? ''),
        };
        parts.queue.track(
          handleClick(click, { ...parts, client, store }).catch((error: unknown) => {
            parts.logger.error('Audience export click failed', {
              exportId: click.exportId,
              user: click.user,
              channel: click.channel,
              error: serializeError(error),
            });
          }),
        );
      },
    );
  }
}

interface ClickParts extends ExportActionParts {
  client: webApi.WebClient;
  store: AudienceExportStore;
}

async function handleClick(click: ExportClick, parts: ClickParts): Promise<void> {
  const { store, logger, client } = parts;
  const tell = (text: string): Promise<unknown> =>
    client.chat.postEphemeral({ channel: click.channel, user: click.user, text }).catch((error: unknown) => {
      logger.warn('Could not tell the clicker about an audience export', { error: serializeError(error) });
    });
  const offer = click.exportId ? await store.find(click.exportId) : null;
  // A button only ever acts on the export it was posted with, in the channel it was posted in.
  if (!offer || offer.channel !== click.channel) {
    logger.warn('Audience export click for an unknown export', { user: click.user, channel: click.channel });
    await tell(translate(messages.unknown, click.buttonLanguage));
    return;
  }
  const language = offer.language as Language;
  const refusal = checkExportAccess(parts.config.slack, click, offer.askedBy);
  if (refusal) {
    logger.info('Refused an audience export click', {
      exportId: offer.id,
      action: click.kind,
      user: click.user,
      askedBy: offer.askedBy,
      reason: refusal,
    });
    const text =
      refusal === 'not-asker'
        ? translate(messages.onlyAsker, language, { asker: mention(offer.askedBy) })
        : (refusal === 'channel' ? slackMessages.channelRefused : slackMessages.userRefused)[language];
    await tell(text);
    return;
  }
  const settle = (text: string): Promise<unknown> => {
    const ts = offer.messageTs ?? click.messageTs;
    if (!ts) return Promise.resolve();
    return client.chat.update({ channel: offer.channel, ts, ...settledExportMessage(text) }).catch((error: unknown) =>
      logger.warn('Could not update the audience export message', {
        exportId: offer.id,
        error: serializeError(error),
      }),
    );
  };
  if (offer.status === 'uploaded') {
    await tell(translate(messages.alreadyUploaded, language, { user: mention(offer.claimedBy ?? offer.askedBy) }));
    return;
  }
  if (offer.status === 'cancelled') return void (await tell(translate(messages.alreadyCancelled, language)));
  if (offer.status === 'missing') return void (await tell(translate(messages.missing, language)));
  if (offer.status === 'expired' || offer.expiresAt.getTime() <= Date.now()) {
    await store.close(offer.id, 'expired');
    await settle(translate(messages.expired, language));
    await tell(translate(messages.expired, language));
    return;
  }
  const next = click.kind === 'upload' ? 'uploading' : 'cancelled';
  if (!(await store.claim(offer.id, click.user, next))) {
    // Another click (or another process) got there first.
    const now = await store.find(offer.id);
    await tell(
      now?.status === 'uploaded'
        ? translate(messages.alreadyUploaded, language, { user: mention(now.claimedBy ?? offer.askedBy) })
        : translate(messages.inProgress, language),
    );
    return;
  }
  if (click.kind === 'cancel') {
    logger.info('Audience export cancelled in Slack', { exportId: offer.id, user: click.user, rows: offer.rows });
    await settle(translate(messages.cancelled, language, { user: mention(click.user) }));
    return;
  }
  await upload(offer, click, parts, { tell, settle });
}

async function upload(
  offer: AudienceExportRecord,
  click: ExportClick,
  parts: ClickParts,
  say: { tell(text: string): Promise<unknown>; settle(text: string): Promise<unknown> },
): Promise<void> {
  const { store, logger, client, config } = parts;
  const language = offer.language as Language;
  const bytes = await readExportFile(offer, path.join(config.home, 'exports'));
  if (!bytes) {
    logger.warn('Audience export file is gone or changed; not uploaded', { exportId: offer.id, file: offer.fileName });
    await store.close(offer.id, 'missing');
    await say.settle(translate(messages.missing, language));
    await say.tell(translate(messages.missing, language));
    return;
  }
  const rows = rowsText(offer, language);
  let fileId: string | null;
  try {
    const result = await client.files.uploadV2({
      channel_id: offer.channel,
      thread_ts: offer.threadTs,
      file: bytes,
      filename: offer.fileName,
      title: translate(messages.fileTitle, language, { audience: offer.audience, rows }),
    });
    fileId = uploadedFileId(result);
  } catch (error) {
    logger.error('Could not upload an audience export to Slack', {
      exportId: offer.id,
      channel: offer.channel,
      threadTs: offer.threadTs,
      error: serializeError(error),
    });
    await store.release(offer.id);
    await say.tell(translate(messages.uploadFailed, language));
    return;
  }
  const uploadedAt = new Date();
  await store.markUploaded(offer.id, fileId, uploadedAt);
  logger.info('Audience export uploaded to Slack', {
    exportId: offer.id,
    dataset: offer.datasetName,
    segment: offer.segment,
    rows: offer.rows,
    file: offer.fileName,
    uploadedBy: click.user,
    askedBy: offer.askedBy,
    uploadedAt: uploadedAt.toISOString(),
    channel: offer.channel,
    threadTs: offer.threadTs,
    slackFileId: fileId,
  });
  await say.settle(
    translate(messages.uploaded, language, { user: mention(click.user), audience: offer.audience, rows }),
  );
}

/**
 * The export's bytes, or null when the file is gone, outside the exports folder, or no longer the
 * file that was offered (its SHA-256 differs): what was confirmed is exactly what is uploaded.
 */
async function readExportFile(offer: AudienceExportRecord, exportsDirectory: string): Promise<Buffer | null> {
  const relative = path.relative(path.resolve(exportsDirectory), path.resolve(offer.path));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const bytes = await readFile(offer.path).catch(() => null);
  if (!bytes) return null;
  return createHash('sha256').update(bytes).digest('hex') === offer.sha256 ? bytes : null;
}

/** The Slack file id in files.uploadV2's answer (one completeUploadExternal of one file). */
function uploadedFileId(result: unknown): string | null {
  const completions = (result as { files?: { files?: { id?: unknown }[] }[] }).files;
  const id = completions?.[0]?.files?.[0]?.id;
  return typeof id === 'string' ? id : null;
}
