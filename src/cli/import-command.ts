import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig, type TakumiConfig } from '../config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../data/database/open-database.ts';
import { isPostgresUrl } from '../data/database/postgres-url.ts';
import { type EnqueueResult, enqueueMissingEmbeddings } from '../data/queue/enqueue-missing-embeddings.ts';
import { openPhotoQueue } from '../data/queue/photo-queue.ts';
import { parseCurrencyCode } from '../core/format/currency-code.ts';
import { importDataset } from '../data/ingest/import-dataset.ts';
import type { ImportReport, PhotoImportCounts, TableImportCounts } from '../data/ingest/import-report.ts';
import { ensureResnetModel } from '../data/model/ensure-resnet-model.ts';
import { ImageEmbedder } from '../engine/embedding/image-embedder.ts';
import type { CommandIo } from './command-io.ts';
import { parsePositiveInteger } from './parse-positive-integer.ts';
import { appendAll } from '../core/append-all.ts';
import { groupDigits } from '../core/format/format-count.ts';

const help = `Usage: takumi import --dataset NAME --customers FILE --transactions FILE [--photos DIR_OR_MANIFEST] [options]

Imports customers, their purchases and photos into the dataset NAME (created if new). Importing
the same files again changes nothing; bad rows are listed and the good ones kept.

  --dataset NAME           Dataset to import into, e.g. shop-2024.
  --customers FILE         CSV with a customer_id (or id) column; other columns become attributes.
  --transactions FILE      CSV with customer_id, date and amount columns.
  --photos DIR|FILE        A folder with one subfolder per customer id (photos/C001/*.jpg),
                           or a manifest CSV with customer_id, path[, posted_at] columns
                           (paths relative to the manifest's folder).
  --photos-root DIR        Every photo must lie under DIR, symbolic links followed (default: the
                           photos folder, or the manifest's folder); others are refused one by one.
  --currency CODE          Currency of the amounts: JPY, USD, EUR… (default: read from ¥/円/$ in
                           the amounts; JPY when they carry no sign).
  --gross-margin SHARE      Gross margin of your sales, e.g. 35% (stored with the dataset; ROI answers
                           use it and say so; default 40%).
  --no-embed               Link photos without embedding them (faster; embed later).
  --replace-changed        Overwrite stored purchases whose line in the file changed.
  --threads N              Threads for embedding (default: TAKUMI_THREADS or 2).
  --batch-size N           Photos per inference batch (default 8).
  --json                   Print the full report as one JSON object.

Exit code: 0 when anything is stored, 1 when nothing could be imported, 2 for usage errors.`;

/** Rejected rows shown in text mode; --json shows all. */
const shownRowErrors = 20;

/** `takumi import --dataset NAME --customers FILE --transactions FILE [--photos …]`. */
export async function runImportCommand(argv: string[], io: CommandIo): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call below, which must sit inside the try.
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        dataset: { type: 'string' },
        customers: { type: 'string' },
        transactions: { type: 'string' },
        photos: { type: 'string' },
        'photos-root': { type: 'string' },
        currency: { type: 'string' },
        'gross-margin': { type: 'string' },
        'no-embed': { type: 'boolean', default: false },
        'replace-changed': { type: 'boolean', default: false },
        threads: { type: 'string' },
        'batch-size': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.error(`${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    io.out(help);
    return 0;
  }
  const missing = (['dataset', 'customers', 'transactions'] as const).filter((name) => !values[name]?.trim());
  if (missing.length > 0) {
    io.error(`Missing ${missing.map((name) => `--${name}`).join(', ')}.\n\n${help}`);
    return 2;
  }

  if (values.currency !== undefined && parseCurrencyCode(values.currency) === null) {
    io.error(
      `--currency "${values.currency}" is not a currency code; use an ISO 4217 code like JPY or USD.\n\n${help}`,
    );
    return 2;
  }

  const grossMargin = values['gross-margin'] === undefined ? undefined : parseShare(values['gross-margin']);
  if (grossMargin === null) {
    io.error(
      `--gross-margin "${values['gross-margin']}" is not a share of sales; use e.g. 35% or 0.35 (between 0 and 100%).\n\n${help}`,
    );
    return 2;
  }

  const config = loadConfig();
  const embed = values.photos !== undefined && !values['no-embed'];
  // On PostgreSQL the photos are embedded by `takumi worker` processes from the queue.
  const queued = embed && isPostgresUrl(config.databaseUrl);
  const model = embed ? await ensureResnetModel({ ...config, onProgress: (step) => io.error(step) }) : undefined;
  const embedder =
    model && !queued
      ? await ImageEmbedder.create({
          modelPath: model.modelPath,
          labels: model.labels,
          threads: parsePositiveInteger(values.threads, 'threads') ?? config.threads,
          ...(values['batch-size'] === undefined
            ? {}
            : { batchSize: parsePositiveInteger(values['batch-size'], 'batch-size')! }),
        })
      : undefined;
  const bar = io.progressStream
    ? new SingleBar({
        stream: io.progressStream,
        format: '{stage} [{bar}] {value}/{total} photos | ETA {eta_formatted}',
        hideCursor: true,
      })
    : undefined;
  let report: ImportReport;
  let queueResult: EnqueueResult | undefined;
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl });
    try {
      report = await importDataset({
        prisma: database.prisma,
        datasetName: values.dataset!,
        customersFile: values.customers!,
        transactionsFile: values.transactions!,
        ...(values.photos ? { photos: values.photos } : {}),
        ...(values['photos-root'] ? { photosRoot: values['photos-root'] } : {}),
        ...(values.currency === undefined ? {} : { currency: values.currency }),
        ...(grossMargin === undefined ? {} : { grossMargin }),
        ...(embedder && model ? { embedding: { embedder, modelId: model.modelId } } : {}),
        replaceChangedTransactions: values['replace-changed'],
        onWaitForImport: (holder) =>
          io.error(
            `Waiting for another import into this database to finish (dataset "${holder.datasetName}", process ${holder.pid}, started ${holder.startedAt.toISOString()})…`,
          ),
        onProgress: ({ stage, done, total }) => {
          if (stage !== 'photos' && stage !== 'embedding') return;
          if (done === 0 || !bar?.isActive)
            bar?.start(total, done, { stage: stage === 'embedding' ? 'Embedding' : 'Linking' });
          bar?.update(done);
        },
      });
      if (queued && model) queueResult = await queuePhotos(config, database.prisma, values.dataset!, model.modelId);
    } finally {
      bar?.stop();
      await database.close();
    }
  } finally {
    await embedder?.dispose();
  }
  io.out(
    values.json
      ? JSON.stringify(queueResult ? { ...report, queued: queueResult } : report)
      : formatReport(report) + (queueResult ? `\n${formatQueued(queueResult)}` : ''),
  );
  return report.anythingStored ? 0 : 1;
}

async function queuePhotos(
  config: TakumiConfig,
  prisma: TakumiDatabase['prisma'],
  datasetName: string,
  modelId: string,
): Promise<EnqueueResult> {
  const dataset = await prisma.dataset.findUnique({ where: { name: datasetName }, select: { id: true } });
  const queue = await openPhotoQueue({ databaseUrl: config.databaseUrl, ...config.queue });
  try {
    return await enqueueMissingEmbeddings({
      prisma,
      queue,
      modelId,
      ...(dataset ? { datasetId: dataset.id } : {}),
    });
  } finally {
    await queue.stop();
  }
}

function formatQueued(result: EnqueueResult): string {
  return (
    `  queue         ${groupDigits(result.missing)} photos to embed, ${result.enqueued} newly queued; run \`takumi worker\` ` +
    '(here or on other machines with the same DATABASE_URL); `takumi status` shows progress'
  );
}

function formatReport(report: ImportReport): string {
  const lines = [
    `Import into dataset "${report.dataset.name}"${report.dataset.created ? ' (new)' : ''}, ${report.seconds.toFixed(1)} s`,
  ];
  if (report.customers) lines.push(`  customers     ${formatTable(report.customers, 'rows')}`);
  if (report.transactions) lines.push(`  transactions  ${formatTable(report.transactions, 'rows')}`);
  if (report.photos) lines.push(`  photos        ${formatPhotos(report.photos)}`);
  if (report.dataset.id !== undefined) lines.push(`  currency      amounts in ${report.dataset.currency}`);
  if (report.fileErrors.length > 0) {
    lines.push('', 'Files not imported:');
    for (const issue of report.fileErrors) lines.push(`  ✗ ${issue.message}`);
  }
  if (report.rowErrors.length > 0) {
    lines.push('', `Rows not imported (${report.rowErrors.length}):`);
    for (const issue of report.rowErrors.slice(0, shownRowErrors)) lines.push(`  ${issue.message}`);
    const more = report.rowErrors.length - shownRowErrors;
    if (more > 0) lines.push(`  …and ${more} more (run with --json to see all)`);
  }
  if (report.warnings.length > 0) appendAll(lines, ['', ...report.warnings.map((warning) => `Note: ${warning}`)]);
  if (!report.anythingStored)
    lines.push('', 'Nothing was imported. Fix the problems above and run the same command again.');
  return lines.join('\n');
}

function formatTable(counts: TableImportCounts, unit: string): string {
  return `${counts.file}: ${counts.rows} ${unit}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`;
}

function formatPhotos(counts: PhotoImportCounts): string {
  const embedding = counts.embeddingSkipped
    ? 'not embedded (--no-embed)'
    : `${counts.embedded} embedded, ${counts.cached} already embedded`;
  return `${counts.source} (${counts.kind}): ${groupDigits(counts.entries)} photo${counts.entries === 1 ? '' : 's'}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected; ${embedding}`;
}

/** `35%`, `35 %` or `0.35` as 0.35; null for anything that is not a share strictly between 0 and 1. */
export function parseShare(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/u.exec(text.normalize('NFKC'));
  if (!match) return null;
  const value = Number(match[1]) / (match[2] ? 100 : 1);
  return value > 0 && value < 1 ? value : null;
}
