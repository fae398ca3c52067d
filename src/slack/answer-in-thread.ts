import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { webApi } from '@slack/bolt';
import type { AnswerQuestionOptions } from '../agent/answer-question.ts';
import type { AnswerFunction } from '../agent/answer-worker/answer-worker.ts';
import type { ToolChart } from '../tools/takumi-tool.ts';
import { buildAnswerMessages } from './build-answer-messages.ts';
import { describeFailure } from './describe-failure.ts';
import { offerAudienceExports } from './export-offer.ts';
import { selectedResnetModelId } from '../data/model/ensure-resnet-model.ts';
import { loadPhotoProgress } from '../data/queue/photo-progress.ts';
import { formatProgress } from './format-progress.ts';
import { ProgressMessage } from './progress-message.ts';
import { slackMessages } from './slack-messages.ts';
import type { ThreadHistoryStore } from './thread-history-store.ts';
import type { SlackQuestionStore } from './slack-question-store.ts';
import type { WorkQueue } from './work-queue.ts';
import { detectLanguage, type Language } from '../core/language.ts';
import { serializeError } from '../core/serialize-error.ts';
import { translate } from '../core/message-catalog.ts';

/** A question asked in Slack, already deduplicated and allowed. */
export interface SlackQuestion {
  /** Its key in the {@link SlackQuestionStore}: `message:<channel>:<ts>` or `command:<trigger_id>`. */
  key: string;
  channel: string;
  /** Root of the thread the answer goes to (the event's `thread_ts ?? ts`). */
  threadTs: string;
  user: string;
  /** The question as plain text (see `questionFromSlackText`). */
  text: string;
}

/** What answering needs besides the question: shared for the app's lifetime. */
export interface AnswerInThreadDependencies {
  client: webApi.WebClient;
  histories: ThreadHistoryStore;
  queue: WorkQueue;
  /** Accepted questions, stored before work starts, so a restart can resume them. */
  questions: SlackQuestionStore;
  /** Answers a question; on the app's answer worker thread, so Slack's acks never wait for an analysis. */
  answer: AnswerFunction;
  /** What answering in a thread needs besides the answer itself (notes, logs). */
  answerOptions: Pick<AnswerQuestionOptions, 'prisma' | 'config' | 'logger'>;
  progressIntervalMilliseconds: number;
}

/**
 * Answers one question in its thread: stores it as accepted, posts 「考え中…」 at once, follows the
 * agent's progress in that message, then posts the answer (Block Kit), uploads the charts into the
 * thread, stores the thread's history and marks the progress message 「完了」. Questions of one thread
 * run in order, so a follow-up sees the turns before it. Never throws once stored: any failure becomes
 * a friendly message with an error id in the thread, and the full error goes to the logger under that
 * id. `resumed`: a question taken over after a restart (already stored; its progress message, if
 * posted, is reused).
 */
export async function answerInThread(
  question: SlackQuestion,
  dependencies: AnswerInThreadDependencies,
  resumed?: { progressTs: string | null },
): Promise<void> {
  const { queue, questions } = dependencies;
  const { logger } = dependencies.answerOptions;
  const language = detectLanguage(question.text);
  const { channel, threadTs } = question;
  if (!resumed) await questions.accept({ ...question, language });
  const progress = await openProgress(question, dependencies, language, resumed?.progressTs ?? null);
  const mark = (status: 'answered' | 'failed'): Promise<void> =>
    questions.setStatus(question.key, status).catch((error: unknown) => {
      logger.warn('Could not record a Slack question as done', { status, error: serializeError(error) });
    });
  await queue.run(
    `${channel}:${threadTs}`,
    async () => {
      try {
        await answerNow(question, dependencies, progress, resumed !== undefined);
        await progress?.finish(`✅ ${slackMessages.done[language]}`);
        await mark('answered');
      } catch (error) {
        const failure = describeFailure(error, language);
        logger.error('Slack question failed', {
          errorId: failure.errorId,
          channel,
          threadTs,
          user: question.user,
          error: serializeError(error),
        });
        await progress?.finish(translate(slackMessages.failedWithId, language, { errorId: failure.errorId }));
        await dependencies.client.chat
          .postMessage({ channel, thread_ts: threadTs, text: failure.text })
          .catch((postError: unknown) => {
            logger.error('Could not post the failure message to Slack', {
              errorId: failure.errorId,
              channel,
              threadTs,
              error: serializeError(postError),
            });
          });
        await mark('failed');
      }
    },
    () => progress?.show(`⏳ ${slackMessages.waiting[language]}`),
  );
}

/** The question's 「考え中…」 message: posted now (its ts stored with the question), or the resumed one. */
async function openProgress(
  question: SlackQuestion,
  dependencies: AnswerInThreadDependencies,
  language: Language,
  resumedTs: string | null,
): Promise<ProgressMessage | null> {
  const { client, questions } = dependencies;
  const { logger } = dependencies.answerOptions;
  const { channel, threadTs } = question;
  const message = (ts: string, postedText?: string): ProgressMessage =>
    new ProgressMessage({
      channel,
      ts,
      ...(postedText ? { postedText } : {}),
      logger,
      minimumIntervalMilliseconds: dependencies.progressIntervalMilliseconds,
      update: (update) => client.chat.update(update),
    });
  if (resumedTs) {
    const progress = message(resumedTs);
    progress.show(`⏳ ${slackMessages.resuming[language]}`);
    return progress;
  }
  try {
    const postedText = `⏳ ${slackMessages.thinking[language]}`;
    const posted = await client.chat.postMessage({ channel, thread_ts: threadTs, text: postedText });
    if (!posted.ts) return null;
    await questions.setProgress(question.key, posted.ts).catch((error: unknown) => {
      logger.warn('Could not store the Slack progress message of a question', { error: serializeError(error) });
    });
    return message(posted.ts, postedText);
  } catch (error) {
    // Without a progress message the answer can still be posted; the failure below will say why not.
    logger.warn('Could not post the Slack progress message', { channel, threadTs, error: serializeError(error) });
    return null;
  }
}

async function answerNow(
  question: SlackQuestion,
  dependencies: AnswerInThreadDependencies,
  progress: ProgressMessage | null,
  resumed: boolean,
): Promise<void> {
  const { client, histories, answerOptions } = dependencies;
  const { channel, threadTs } = question;
  const language = detectLanguage(question.text);
  // Back from 「順番待ち」, if the question had to wait.
  progress?.show(`⏳ ${(resumed ? slackMessages.resuming : slackMessages.thinking)[language]}`);
  const history = await histories.load(channel, threadTs);
  const result = await dependencies.answer({
    question: question.text,
    history,
    onProgress: (event) => progress?.show(formatProgress(event, language)),
  });
  // From here a take-over after a crash must not answer again (it says the answer may be incomplete).
  await dependencies.questions.setStatus(question.key, 'delivering').catch((error: unknown) => {
    dependencies.answerOptions.logger.warn('Could not record a Slack question as delivering', {
      error: serializeError(error),
    });
  });
  for (const message of buildAnswerMessages(result)) {
    await client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text, blocks: message.blocks });
  }
  if (result.charts.length > 0) await uploadCharts(result.charts, question, dependencies, language);
  // A prepared CSV is only offered (a button); it is uploaded when the asker confirms.
  await offerAudienceExports(result.toolCalls, {
    client,
    prisma: answerOptions.prisma,
    logger: answerOptions.logger,
    thread: question,
    language,
  });
  await noteUnfinishedPhotos(question, dependencies, language);
  // Stored only once the answer is out: a turn the asker never saw must not shape the next answer.
  await histories.save(channel, threadTs, result.history);
}

/**
 * While photos are still being embedded (workers on PostgreSQL, or an import not yet finished), says
 * how far: 「写真の解析 12,400 / 80,000」, so a partial theme analysis is not read as final.
 */
async function noteUnfinishedPhotos(
  question: SlackQuestion,
  dependencies: AnswerInThreadDependencies,
  language: Language,
): Promise<void> {
  const { client, answerOptions } = dependencies;
  try {
    const progress = await loadPhotoProgress(
      answerOptions.prisma,
      selectedResnetModelId(answerOptions.config.precision),
    );
    // Digit grouping is the same in both languages (12,400).
    const counts = new Intl.NumberFormat('en-US');
    for (const dataset of progress.filter((entry) => entry.embedded < entry.total)) {
      const text = translate(slackMessages.photosInProgress, language, {
        done: counts.format(dataset.embedded),
        total: counts.format(dataset.total),
        dataset: dataset.datasetName,
      });
      await client.chat.postMessage({ channel: question.channel, thread_ts: question.threadTs, text });
    }
  } catch (error) {
    // A note about progress must never turn a posted answer into a failure.
    answerOptions.logger.warn('Could not post the photo analysis progress', { error: serializeError(error) });
  }
}

async function uploadCharts(
  charts: readonly ToolChart[],
  question: SlackQuestion,
  dependencies: AnswerInThreadDependencies,
  language: Language,
): Promise<void> {
  const { client } = dependencies;
  const { logger } = dependencies.answerOptions;
  const { channel, threadTs } = question;
  try {
    const files = await Promise.all(
      charts.map(async (chart) => ({
        file: await readFile(chart.path),
        filename: path.basename(chart.path),
        title: chart.title,
        alt_text: chart.title,
      })),
    );
    // One upload call with every chart: Slack shares them as one message in the thread.
    await client.files.uploadV2({ channel_id: channel, thread_ts: threadTs, file_uploads: files });
  } catch (error) {
    logger.error('Could not upload charts to Slack', {
      channel,
      threadTs,
      charts: charts.map((chart) => chart.kind),
      error: serializeError(error),
    });
    // The answer is already posted; a failing notice must not turn it into a failure.
    await client.chat
      .postMessage({ channel, thread_ts: threadTs, text: slackMessages.chartsFailed[language] })
      .catch((noticeError: unknown) => {
        logger.error('Could not tell the thread that charts failed', {
          channel,
          threadTs,
          error: serializeError(noticeError),
        });
      });
  }
}
