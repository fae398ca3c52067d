import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.ts';
import { openDatabase } from '../data/database/open-database.ts';
import { selectedResnetModelId } from '../data/model/ensure-resnet-model.ts';
import { openPhotoQueue, type FailedPhoto, type PhotoQueueCounts } from '../data/queue/photo-queue.ts';
import { loadPhotoProgress, type PhotoProgress } from '../data/queue/photo-progress.ts';
import type { CommandIo } from './command-io.ts';

const help = `Usage: takumi status [--json]

Shows the database, each dataset's photo analysis (embedded / distinct photos) and, on PostgreSQL,
the photo queue: waiting, in progress, done, and failed photos with their errors.`;

/** `takumi status`. */
export async function runStatusCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  let progress: PhotoProgress[];
  let queue: { counts: PhotoQueueCounts; failures: FailedPhoto[] } | null = null;
  try {
    progress = await loadPhotoProgress(database.prisma, selectedResnetModelId(config.precision));
    if (database.provider === 'postgresql') {
      const photoQueue = await openPhotoQueue({ databaseUrl: config.databaseUrl, ...config.queue });
      try {
        queue = { counts: await photoQueue.counts(), failures: await photoQueue.failures(20) };
      } finally {
        await photoQueue.stop();
      }
    }
  } finally {
    await database.close();
  }
  if (values.json) {
    io.out(JSON.stringify({ database: database.filePath, provider: database.provider, datasets: progress, queue }));
    return 0;
  }
  const count = new Intl.NumberFormat('en-US');
  const lines = [`Database: ${database.filePath} (${database.provider})`];
  if (progress.length === 0) lines.push('No photos imported yet.');
  for (const dataset of progress) {
    lines.push(
      `  ${dataset.datasetName}: photos analysed ${count.format(dataset.embedded)} / ${count.format(dataset.total)}`,
    );
  }
  if (queue) {
    const { waiting, active, completed, failed } = queue.counts;
    lines.push(
      `Photo queue: ${count.format(waiting)} waiting, ${count.format(active)} in progress, ` +
        `${count.format(completed)} done, ${count.format(failed)} failed`,
    );
    for (const failure of queue.failures)
      lines.push(`  failed after ${failure.tries} tries: ${failure.path}: ${failure.error}`);
  }
  io.out(lines.join('\n'));
  return 0;
}
