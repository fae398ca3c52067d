import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import type { ToolContext, ToolRun } from '../takumi-tool.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import type { ExportAudienceData } from './result.ts';
import type { ExportAudienceInput } from './schema.ts';
import { customersGroup } from '../shared/group-members.ts';

/** CRM-friendly header for a column name ("email" → "Email", "first_name" → "First Name"). */
function crmHeader(name: string): string {
  const known: Record<string, string> = { email: 'Email', mail: 'Email', phone: 'Phone Number', region: 'Region' };
  const key = name.trim().toLowerCase();
  return known[key] ?? key.replace(/[_-]+/gu, ' ').replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/** One CSV cell: quoted when needed; a leading = + - @ is prefixed so spreadsheets never run it. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a segment's (or every customer's) list as a CSV in `<TAKUMI_HOME>/exports`: Customer ID,
 * Segment, Total Spend, Purchases, Last Purchase and the chosen customer columns. Only the file's
 * place and row count are returned; the model never sees a row. The export is logged.
 */
export async function runExportAudience(
  input: ExportAudienceInput,
  context: ToolContext,
): Promise<ToolRun<ExportAudienceData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  if (input.segment !== undefined && !analysis.segments[input.segment])
    throw unknownSegmentError(input.segment, analysis, context.language);
  const segment = input.segment === undefined ? null : analysis.segments[input.segment]!;
  const customers = await context.prisma.customer.findMany({
    where: { dataset: { name: dataset } },
    select: { id: true, externalId: true, attributes: true, transactions: { select: { amount: true, date: true } } },
    orderBy: { id: 'asc' },
  });
  const chosen = customers.filter(
    (customer) => segment === null || assignments.segmentByCustomer.get(customer.id) === segment.id,
  );
  const attributes = chosen.map((customer) => JSON.parse(customer.attributes) as Record<string, unknown>);
  const present = new Set(attributes.flatMap((row) => Object.keys(row)));
  const requested = input.columns ?? [];
  const columns = requested.filter((name) => present.has(name));
  const headers = ['Customer ID', 'Segment', 'Total Spend', 'Purchases', 'Last Purchase', ...columns.map(crmHeader)];
  const lines = [headers.map(cell).join(',')];
  chosen.forEach((customer, index) => {
    const spend = customer.transactions.reduce((sum, row) => sum + row.amount, 0);
    const last = customer.transactions.reduce((latest, row) => Math.max(latest, row.date.getTime()), 0);
    const label = assignments.segmentByCustomer.get(customer.id);
    lines.push(
      [
        customer.externalId,
        label === undefined ? '' : `S${label}`,
        Math.round(spend * 100) / 100,
        customer.transactions.length,
        last > 0 ? new Date(last).toISOString().slice(0, 10) : '',
        ...columns.map((name) => attributes[index]![name]),
      ]
        .map(cell)
        .join(','),
    );
  });
  const folder = path.join(context.config.home, 'exports');
  await mkdir(folder, { recursive: true });
  const fileName = `${dataset.replace(/[^\p{L}\p{N}_-]+/gu, '_')}-${segment ? `segment-${segment.id}` : 'all'}-${new Date().toISOString().replace(/[:.]/gu, '-')}.csv`;
  const filePath = path.join(folder, fileName);
  await writeFile(filePath, `\uFEFF${lines.join('\n')}\n`, { flag: 'wx' });
  context.logger.info('audience exported', {
    dataset,
    segment: segment?.id ?? null,
    rows: chosen.length,
    file: fileName,
  });
  const themes = describableThemes(analysis.themes, context.config.minimumGroupSize);
  return {
    result: {
      dataset,
      runId: analysis.runId,
      segment: segment
        ? { id: segment.id, label: segmentLabel(segment, analysis.segments, themes, context.language) }
        : null,
      rows: chosen.length,
      headers,
      columns,
      missingColumns: requested.filter((name) => !present.has(name)),
      path: filePath,
      fileName,
      groups: [
        customersGroup(
          segment ? `S${segment.id}` : 'all customers',
          chosen.map((customer) => customer.id),
        ),
      ],
    },
    charts: [],
  };
}
