import type { AudienceExportRecord } from './audience-export-store.ts';
import { exportUploadMessages as messages } from './export-upload-messages.ts';
import type { Language } from '../core/language.ts';
import { formatCount } from '../core/format/format-count.ts';
import { translate } from '../core/message-catalog.ts';

/** The `action_id`s of the export buttons; their `value` is the AudienceExport id. */
export const exportActionIds = { upload: 'takumi_export_upload', cancel: 'takumi_export_cancel' } as const;

/** The Block Kit blocks Takumi posts about an export (as much of Block Kit as they use). */
export type ExportBlock =
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  | {
      type: 'actions';
      block_id: string;
      elements: {
        type: 'button';
        action_id: string;
        text: { type: 'plain_text'; text: string };
        value: string;
        style?: 'primary';
      }[];
    };

/** A chat.postMessage / chat.update worth of text and blocks. */
export interface ExportMessage {
  text: string;
  blocks: ExportBlock[];
}

/** A Slack user as a mention (`<@U0123>`), which Slack shows as the person's name. */
export const mention = (user: string): string => `<@${user}>`;

/** The customer count of an export as a person reads it: 「123人」, "123 customers". */
export const rowsText = (offer: Pick<AudienceExportRecord, 'rows'>, language: Language): string =>
  formatCount(offer.rows, 'customers', language);

/**
 * The confirmation message: what the file holds and who will see it, the 「CSVをアップロード」 and
 * 「キャンセル」 buttons, and who may press them for how long.
 */
export function exportOfferMessage(
  offer: AudienceExportRecord,
  extraColumns: readonly string[],
  lifetimeHours: number,
): ExportMessage {
  const language = offer.language as Language;
  const rows = rowsText(offer, language);
  const lines = [translate(messages.offer, language, { audience: offer.audience, rows })];
  if (extraColumns.length > 0) {
    const columns = extraColumns.map((name) => `「${name}」`).join(translate(messages.columnSeparator, language));
    lines.push(translate(messages.extraColumns, language, { columns }));
  }
  const text = lines.join(' ');
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'actions',
        block_id: `takumi_export_${offer.id}`,
        elements: [
          {
            type: 'button',
            action_id: exportActionIds.upload,
            text: { type: 'plain_text', text: translate(messages.uploadButton, language) },
            value: offer.id,
            style: 'primary',
          },
          {
            type: 'button',
            action_id: exportActionIds.cancel,
            text: { type: 'plain_text', text: translate(messages.cancelButton, language) },
            value: offer.id,
          },
        ],
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: translate(messages.offerNote, language, { asker: mention(offer.askedBy), hours: lifetimeHours }),
          },
        ],
      },
    ],
  };
}

/** The offer message once it is settled: one line, no buttons (nothing left to press). */
export function settledExportMessage(text: string): ExportMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
