import type { Language } from '../../core/language.ts';
import { quoteData } from '../../core/quote-data.ts';
import { translate } from '../../core/message-catalog.ts';
import { formatNumber } from '../shared/format-number.ts';
import { defineTool } from '../takumi-tool.ts';
import { exportAudienceMessages as messages } from './messages.ts';
import type { ExportAudienceData } from './result.ts';
import { runExportAudience } from './run.ts';
import { exportAudienceSchema } from './schema.ts';
import { groupDigits } from '../../core/format/format-count.ts';

export type { ExportAudienceData } from './result.ts';
export type { ExportAudienceInput } from './schema.ts';

function present(data: ExportAudienceData, language: Language): string {
  const lines = [
    translate(messages.prepared, language, {
      target: data.segment?.label ?? translate(messages.everyone, language),
      rows: formatNumber(data.rows, 0),
      headers: [translate(messages.standardColumns, language), ...data.columns.map((name) => `「${name}」`)].join(
        translate(messages.separator, language),
      ),
      file: data.fileName,
    }),
    translate(messages.confirm, language),
  ];
  if (data.missingColumns.length > 0)
    lines.push(translate(messages.missing, language, { count: data.missingColumns.length }));
  return lines.join('\n');
}

/** A segment's customers as a local CSV for a CRM; the model is told only that a file of N customers exists. */
export const exportAudienceTool = defineTool({
  name: 'export_audience',
  description:
    'Prepares a CSV of a segment’s (or every) customer for a CRM (HubSpot/Salesforce-friendly headers: Customer ID, Segment, Total Spend, Purchases, Last Purchase, chosen columns), written locally. You only learn how many rows it has; the file is uploaded only after the asker confirms. Use for 「CSVで書き出して」, "export segment 2".',
  schema: exportAudienceSchema,
  run: runExportAudience,
  // Rows, ids and the file's contents never reach the model: only the count and the header names.
  summarize: (data) =>
    `A file of ${groupDigits(data.rows)} customers was prepared (${data.segment ? data.segment.label : 'every customer'}; columns ${data.headers.map((header) => quoteData(header, 40)).join(', ')}). It is uploaded to the thread only after the asker confirms with the button; do not list any customer.`,
  present,
});
