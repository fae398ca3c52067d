import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type TakumiDatabase } from '../../data/database/open-database.ts';
import { allTools } from '../../tools/all-tools.ts';
import { answerQuestion, type AnswerResult } from '../answer-question.ts';
import { SensitiveValueCache } from '../sensitive-value-cache.ts';
import type { Logger } from '../../core/logger.ts';
import type { AnswerWorkerData, FromWorker, ToWorker } from './answer-worker-protocol.ts';
import { transferError } from './transfer-error.ts';

// The body of the answer thread (started by AnswerWorker through answer-worker-entry.mjs): its own
// database client, privacy cache and tools, set up once; then one answerQuestion per request, several
// at once if asked, while the parent thread stays free for Slack's acks.
const port = parentPort;
if (!port) throw new Error('answer-worker-thread.ts runs only as a worker thread (see AnswerWorker).');
const data = workerData as AnswerWorkerData;
const post = (message: FromWorker): void => port.postMessage(message);

// Log lines go to the parent's logger, so one process has one log (and tests see what was logged).
const logger: Logger = {
  info: (message, fields) => post({ type: 'log', level: 'info', message, ...(fields ? { fields } : {}) }),
  warn: (message, fields) => post({ type: 'log', level: 'warn', message, ...(fields ? { fields } : {}) }),
  error: (message, fields) => post({ type: 'log', level: 'error', message, ...(fields ? { fields } : {}) }),
};

let database: TakumiDatabase;
try {
  database = await openDatabase({ databaseUrl: data.config.databaseUrl });
} catch (error) {
  post({ type: 'start-failed', error: transferError(error) });
  throw error;
}
const sensitiveValues = new SensitiveValueCache(database.prisma);
const tools = data.toolNames ? allTools.filter((tool) => data.toolNames!.includes(tool.name)) : allTools;
const running = new Set<Promise<void>>();

port.on('message', (message: ToWorker) => {
  if (message.type === 'close') {
    void Promise.allSettled([...running]).then(async () => {
      await database.close();
      port.close();
    });
    return;
  }
  const task = answer(message.id, message.question, message.history);
  running.add(task);
  void task.finally(() => running.delete(task));
});
post({ type: 'ready' });

async function answer(id: number, question: string, history: AnswerResult['history']): Promise<void> {
  try {
    const result = await answerQuestion({
      question,
      history,
      tools,
      prisma: database.prisma,
      config: data.config,
      logger,
      defaultDataset: data.defaultDataset,
      chartDirectory: data.chartDirectory,
      chartFonts: data.chartFonts,
      sensitiveValues,
      ...(data.maxRetries === undefined ? {} : { maxRetries: data.maxRetries }),
      ...(data.maxModelSteps === undefined ? {} : { maxModelSteps: data.maxModelSteps }),
      ...(data.maxHistoryTurns === undefined ? {} : { maxHistoryTurns: data.maxHistoryTurns }),
      onProgress: (progress) => post({ type: 'progress', id, progress }),
    });
    try {
      post({ type: 'answered', id, result });
    } catch {
      // A tool's typed data that cannot be cloned (a class with methods) crosses as JSON instead.
      post({ type: 'answered', id, result: JSON.parse(JSON.stringify(result)) as AnswerResult });
    }
  } catch (error) {
    post({ type: 'failed', id, error: transferError(error) });
  }
}
