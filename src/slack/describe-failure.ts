import type { Language } from '../core/language.ts';
import { createErrorId, TakumiError } from '../core/takumi-error.ts';
import { translate } from '../core/message-catalog.ts';
import { slackMessages } from './slack-messages.ts';
import type { AnswerErrorCode } from './answer-error-codes.ts';

/** What the asker sees for a failure, and the id under which the full error is logged. */
export interface FailureDescription {
  errorId: string;
  text: string;
}

/**
 * Failures the asker can do something about, by code. Keys are checked against the codes error
 * classes declare, so a typo or a retired code fails `tsc`; other codes get the general hint.
 */
export const failureHints = {
  AGENT_TOO_MANY_STEPS: {
    ja: '質問が広すぎたようです。対象や知りたいことを絞って、もう一度聞いてください。',
    en: 'The question seems too broad. Please narrow it down and ask again.',
  },
  AGENT_QUESTION_TOO_LONG: {
    ja: 'メッセージが長すぎて読めません（40,000文字まで）。要点を短くして、もう一度聞いてください。',
    en: 'The message is too long to read (40,000 characters at most). Please shorten it and ask again.',
  },
  PRIVACY_BODY_TOO_LARGE: {
    ja: 'このスレッドの会話が長くなりすぎました。新しいスレッドで、短く聞き直してください。',
    en: 'This thread has grown too long to send. Please ask again, briefly, in a new thread.',
  },
} as const satisfies Partial<Record<AnswerErrorCode, Readonly<Record<Language, string>>>>;

const hints: Partial<Readonly<Record<string, Readonly<Record<Language, string>>>>> = failureHints;

/**
 * The friendly failure message: no stack, no internals, only an error id the operator finds in the
 * log. The agent's own id (`details.errorId`, already in its log line) is reused, so one failure has
 * one id everywhere.
 */
export function describeFailure(error: unknown, language: Language): FailureDescription {
  const known = error instanceof TakumiError ? error : null;
  const ownId = known?.details['errorId'];
  const errorId = typeof ownId === 'string' && ownId.length > 0 ? ownId : createErrorId();
  const hint = (known && hints[known.code]?.[language]) ?? translate(slackMessages.failureHint, language);
  const head = translate(slackMessages.failureHead, language, { errorId });
  return { errorId, text: `${head}\n${hint}` };
}
