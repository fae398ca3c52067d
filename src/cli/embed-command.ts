import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig, type QueueConfig } from '../config/load-config.ts';
import { openDatabase } from '../data/database/open-database.ts';
import { isPostgresUrl } from '../data/database/postgres-url.ts';
import { enqueuePhotoFiles, type EnqueuePhotoFilesResult } from '../data/queue/enqueue-photo-files.ts';
import { openPhotoQueue } from '../data/queue/photo-queue.ts';
import { ensureResnetModel } from '../data/model/ensure-resnet-model.ts';
import { createEmbeddingStore } from '../data/embedding-store/embedding-store.ts';
import { embedPhotos, type EmbedPhotosSummary } from '../data/photos/embed-photos.ts';
import { listPhotoFiles } from '../data/photos/list-photo-files.ts';
import { ImageEmbedder } from '../engine/embedding/image-embedder.ts';
import type { CommandIo } from './command-io.ts';
import { parsePositiveInteger } from './parse-positive-integer.ts';
import { groupDigits } from '../core/format/format-count.ts';

const help = `Usage: takumi embed <folder> [--json] [--batch-size N] [--threads N]

Embeds every photo under <folder> with ResNet-50 and stores the 2048-d vectors and top ImageNet
labels, keyed by the SHA-256 of each file. Photos already stored are skipped.
On PostgreSQL (DATABASE_URL=postgresql://…) the photos are queued instead, one job per photo not yet
stored, and \`takumi worker\` processes embed them; \`takumi status\` shows the progress.
Exit code: 0 when at least one photo is embedded, queued or already stored, 1 when none could be.`;

/** `takumi embed <folder>`. */
export async function runEmbedCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      threads: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  if (positionals.length !== 1) {
    io.error(`Expected exactly one folder.\n\n${help}`);
    return 2;
  }
  const config = loadConfig();
  const files = await listPhotoFiles(positionals[0]!);
  const model = await ensureResnetModel({ ...config, onProgress: (step) => io.error(step) });
  if (isPostgresUrl(config.databaseUrl))
    return queueFiles(config.databaseUrl, config.queue, files, model.modelId, io, values.json);
  const embedder = await ImageEmbedder.create({
    modelPath: model.modelPath,
    labels: model.labels,
    threads: parsePositiveInteger(values.threads, 'threads') ?? config.threads,
    ...(values['batch-size'] === undefined
      ? {}
      : { batchSize: parsePositiveInteger(values['batch-size'], 'batch-size')! }),
  });
  // Opened last, right before the try that closes it, so an earlier failure leaves nothing open.
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  const bar = io.progressStream
    ? new SingleBar({
        stream: io.progressStream,
        format: 'Embedding [{bar}] {value}/{total} photos | {failed} failed | ETA {eta_formatted}',
        hideCursor: true,
      })
    : undefined;
  let failed = 0;
  bar?.start(files.length, 0, { failed });
  let summary: EmbedPhotosSummary;
  try {
    summary = await embedPhotos({
      embedder,
      store: createEmbeddingStore(database.prisma, model.modelId),
      files,
      onProgress: (done, _total, last) => {
        if (last.status === 'failed') failed += 1;
        bar?.update(done, { failed });
      },
    });
  } finally {
    bar?.stop();
    await embedder.dispose();
    await database.close();
  }
  if (values.json) io.out(JSON.stringify(summary));
  else io.out(formatSummary(summary));
  return summary.embedded + summary.cached > 0 ? 0 : 1;
}

/** PostgreSQL: the photos become jobs for `takumi worker`; nothing is embedded in this process. */
async function queueFiles(
  databaseUrl: string,
  queueSettings: QueueConfig,
  files: readonly string[],
  modelId: string,
  io: CommandIo,
  json: boolean,
): Promise<number> {
  const database = await openDatabase({ databaseUrl });
  let result: EnqueuePhotoFilesResult;
  try {
    const queue = await openPhotoQueue({ databaseUrl, ...queueSettings });
    try {
      result = await enqueuePhotoFiles({ prisma: database.prisma, queue, modelId, files });
    } finally {
      await queue.stop();
    }
  } finally {
    await database.close();
  }
  if (json) io.out(JSON.stringify({ queued: result }));
  else {
    const lines = [
      `${result.files} files: ${groupDigits(result.missing)} photos to embed (${result.enqueued} newly queued), ` +
        `${result.alreadyStored} already stored, ${result.failed.length} failed`,
    ];
    if (result.missing > 0)
      lines.push(
        'Run `takumi worker` (here or on other machines with the same DATABASE_URL and photo paths); `takumi status` shows progress.',
      );
    for (const failure of result.failed)
      lines.push(`  ✗ ${failure.path}: ${failure.error.message} [${failure.error.code}]`);
    if (result.files === 0) lines.push('No files found in the folder.');
    io.out(lines.join('\n'));
  }
  return result.missing + result.alreadyStored > 0 ? 0 : 1;
}

function formatSummary(summary: EmbedPhotosSummary): string {
  const lines = [
    `${summary.files} files: ${summary.embedded} embedded, ${summary.cached} already stored, ${summary.failed} failed`,
    `${summary.seconds.toFixed(1)} s, ${summary.imagesPerSecond.toFixed(1)} img/s (new embeddings)`,
  ];
  for (const result of summary.results) {
    if (result.status === 'failed') lines.push(`  ✗ ${result.path}: ${result.error?.message} [${result.error?.code}]`);
  }
  if (summary.files === 0) lines.push('No files found in the folder.');
  return lines.join('\n');
}
