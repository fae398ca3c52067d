import { serializeError } from '../core/serialize-error.ts';
import { answerInThread, type AnswerInThreadDependencies } from './answer-in-thread.ts';
import { slackMessages } from './slack-messages.ts';
import type { OrphanedQuestion } from './slack-question-store.ts';

/** Options of {@link resumeQuestions}. */
export interface ResumeQuestionsOptions {
  /**
   * Processes a question may have (the first included) before it is no longer answered again but
   * the asker is asked to retry: a question that itself brings the process down must not do so forever.
   */
  maxAttempts: number;
}

export const defaultResumeQuestionsOptions: ResumeQuestionsOptions = { maxAttempts: 2 };

/**
 * Takes over the questions left open by a process that stopped (kill -9, a crash, a lost machine)
 * and sees each to an end exactly once: answered again from the start in its thread, reusing its
 * 「考え中…」 message; or, when it was already being posted or has been tried too often, the progress
 * message says 「中断しました」 and the asker is asked, in their language, to ask again. Returns how
 * many were taken over; the work runs detached on the app's queue.
 */
export async function resumeQuestions(
  dependencies: AnswerInThreadDependencies,
  options: ResumeQuestionsOptions = defaultResumeQuestionsOptions,
): Promise<number> {
  const orphans = await dependencies.questions.claimOrphans();
  const { logger } = dependencies.answerOptions;
  for (const orphan of orphans) {
    const resume = orphan.status === 'accepted' && orphan.text.length > 0 && orphan.attempts <= options.maxAttempts;
    logger.warn('Took over a Slack question left open by a process that stopped', {
      channel: orphan.channel,
      threadTs: orphan.threadTs,
      status: orphan.status,
      attempts: orphan.attempts,
      action: resume ? 'answer again' : 'ask to retry',
    });
    dependencies.queue.track(
      resume
        ? answerInThread(orphan, dependencies, { progressTs: orphan.progressTs })
        : askToRetry(orphan, dependencies).catch((error: unknown) => {
            logger.error('Could not ask a Slack thread to retry its question', {
              channel: orphan.channel,
              threadTs: orphan.threadTs,
              error: serializeError(error),
            });
          }),
    );
  }
  return orphans.length;
}

async function askToRetry(orphan: OrphanedQuestion, dependencies: AnswerInThreadDependencies): Promise<void> {
  const { client, questions } = dependencies;
  const { channel, threadTs, language } = orphan;
  if (orphan.progressTs)
    await client.chat
      .update({ channel, ts: orphan.progressTs, text: slackMessages.interrupted[language] })
      .catch(() => undefined);
  const text = (orphan.status === 'delivering' ? slackMessages.askAgainIfIncomplete : slackMessages.askAgain)[language];
  await client.chat.postMessage({ channel, thread_ts: threadTs, text });
  await questions.setStatus(orphan.key, 'abandoned');
}
