import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.ts';
import { openDatabase } from '../data/database/open-database.ts';
import { ensureResnetModel } from '../data/model/ensure-resnet-model.ts';
import { openPhotoQueue } from '../data/queue/photo-queue.ts';
import { runPhotoWorker } from '../data/queue/run-photo-worker.ts';
import { ImageEmbedder } from '../engine/embedding/image-embedder.ts';
import type { CommandIo } from './command-io.ts';
import { parsePositiveInteger } from './parse-positive-integer.ts';
import { groupDigits } from '../core/format/format-count.ts';

const help = `Usage: takumi worker [--threads N] [--batch-size N] [--exit-when-done] [--json]

Embeds queued photos (PostgreSQL only: DATABASE_URL=postgresql://…). Start one per machine, or
more; they share the queue. \`takumi import\` queues the photos; \`takumi status\` shows progress.
The photo paths must be readable here (the same folder or a shared mount on every machine).
Stops on Ctrl-C after the batch in hand; --exit-when-done stops when the queue is empty.`;

/** `takumi worker`. */
export async function runWorkerCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      threads: { type: 'string' },
      'batch-size': { type: 'string' },
      'exit-when-done': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const config = loadConfig();
  const queue = await openPhotoQueue({ databaseUrl: config.databaseUrl, ...config.queue });
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const model = await ensureResnetModel({ ...config, onProgress: (step) => io.error(step) });
    const embedder = await ImageEmbedder.create({
      modelPath: model.modelPath,
      labels: model.labels,
      threads: parsePositiveInteger(values.threads, 'threads') ?? config.threads,
      ...(values['batch-size'] === undefined
        ? {}
        : { batchSize: parsePositiveInteger(values['batch-size'], 'batch-size')! }),
    });
    const database = await openDatabase({ databaseUrl: config.databaseUrl });
    try {
      if (!values.json) io.error(`Worker ${process.pid} waiting for photos on ${database.filePath}`);
      const totals = await runPhotoWorker({
        queue,
        prisma: database.prisma,
        embedder,
        modelId: model.modelId,
        exitWhenDone: values['exit-when-done'],
        signal: stop.signal,
        onBatch: (running) => {
          if (!values.json)
            io.error(
              `embedded ${running.embedded}, already stored ${running.cached}, failed tries ${running.failedTries}`,
            );
        },
      });
      io.out(values.json ? JSON.stringify(totals) : `Worker done: ${groupDigits(totals.embedded)} photos embedded.`);
      return 0;
    } finally {
      await embedder.dispose();
      await database.close();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.stop();
  }
}
