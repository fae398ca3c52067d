import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { webApi } from '@slack/bolt';
import type { ToolCallRecord } from '../agent/tool-call-record.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { exportAudienceTool, type ExportAudienceData } from '../tools/export-audience/export-audience-tool.ts';
import { AudienceExportStore, defaultAudienceExportStoreOptions } from './audience-export-store.ts';
import { exportOfferMessage } from './export-offer-blocks.ts';
import { exportUploadMessages as messages } from './export-upload-messages.ts';
import type { Language } from '../core/language.ts';
import type { Logger } from '../core/logger.ts';
import { translate } from '../core/message-catalog.ts';
import { serializeError } from '../core/serialize-error.ts';

/** What {@link offerAudienceExports} needs from the app. */
export interface ExportOfferParts {
  client: webApi.WebClient;
  prisma: PrismaClient;
  logger: Logger;
  /** Where the asker is answered. */
  thread: { channel: string; threadTs: string; user: string };
  language: Language;
}

/** SHA-256 of a file, streamed (an export can be large). */
export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * For every CSV export_audience prepared in this answer, records an offer and posts the confirmation
 * message with the 「CSVをアップロード」 button into the thread. Nothing is uploaded here: the file goes
 * to Slack only when an allowed person presses the button (see `registerExportActions`). A failure is
 * logged and told in the thread; it never turns the posted answer into a failure.
 */
export async function offerAudienceExports(
  toolCalls: readonly ToolCallRecord[],
  parts: ExportOfferParts,
): Promise<void> {
  const { client, logger, thread, language } = parts;
  const store = new AudienceExportStore(parts.prisma);
  const prepared = toolCalls
    .filter((call) => call.name === exportAudienceTool.name && call.ok && call.data)
    .map((call) => call.data as ExportAudienceData);
  for (const data of prepared) {
    try {
      const offer = await store.create({
        datasetName: data.dataset,
        segment: data.segment?.id ?? null,
        audience: data.segment?.label ?? translate(messages.everyone, language),
        rows: data.rows,
        fileName: data.fileName,
        path: data.path,
        sha256: await hashFile(data.path),
        channel: thread.channel,
        threadTs: thread.threadTs,
        askedBy: thread.user,
        language,
      });
      const message = exportOfferMessage(
        offer,
        data.columns,
        defaultAudienceExportStoreOptions.lifetimeMilliseconds / 3_600_000,
      );
      const posted = await client.chat.postMessage({
        channel: thread.channel,
        thread_ts: thread.threadTs,
        text: message.text,
        blocks: message.blocks,
      });
      if (posted.ts) await store.setMessageTs(offer.id, posted.ts);
      logger.info('Audience export offered in Slack', {
        exportId: offer.id,
        dataset: offer.datasetName,
        segment: offer.segment,
        rows: offer.rows,
        file: offer.fileName,
        askedBy: offer.askedBy,
        channel: offer.channel,
        threadTs: offer.threadTs,
      });
    } catch (error) {
      logger.error('Could not offer an audience export in Slack', {
        channel: thread.channel,
        threadTs: thread.threadTs,
        file: data.fileName,
        error: serializeError(error),
      });
      await client.chat
        .postMessage({
          channel: thread.channel,
          thread_ts: thread.threadTs,
          text: translate(messages.offerFailed, language),
        })
        .catch(() => undefined);
    }
  }
}
