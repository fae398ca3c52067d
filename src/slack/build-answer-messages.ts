import type { AnswerResult } from '../agent/answer-question.ts';
import { toolLabel } from '../agent/tool-labels.ts';
import { markdownToMrkdwn } from './markdown-to-mrkdwn.ts';
import { slackMessages } from './slack-messages.ts';
import { splitText } from './split-text.ts';
import { translate } from '../core/message-catalog.ts';

/** A Slack Block Kit block, as much of it as Takumi builds. */
export type AnswerBlock =
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] };

/** One chat.postMessage worth of answer: blocks plus the plain `text` notifications show. */
export interface AnswerMessage {
  text: string;
  blocks: AnswerBlock[];
}

/** Slack's limits: 3000 characters of section text, 50 blocks per message. */
export const defaultAnswerMessageLimits = {
  sectionCharacters: 3000,
  blocksPerMessage: 50,
  notificationCharacters: 300,
} as const;

/**
 * The answer as Slack messages: the agent's Markdown as mrkdwn section blocks of at most 3000
 * characters, then a context block naming the analyses used and, in offline mode, one saying so.
 * A very long answer is spread over several messages of at most 50 blocks, in order.
 */
export function buildAnswerMessages(
  result: Pick<AnswerResult, 'answer' | 'language' | 'mode' | 'toolCalls'>,
  limits: typeof defaultAnswerMessageLimits = defaultAnswerMessageLimits,
): AnswerMessage[] {
  const { language } = result;
  const answer = result.answer.trim() || slackMessages.emptyAnswer[language];
  const sections: AnswerBlock[] = splitText(markdownToMrkdwn(answer), limits.sectionCharacters).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
  const notes: string[] = [];
  const usedTools = [...new Set(result.toolCalls.filter((call) => call.ok).map((call) => call.name))];
  if (usedTools.length > 0) {
    // English labels are written to start a sentence ("The segmentation"); a list wants the noun.
    const labels = usedTools.map((name) => toolLabel(name, language).label.replace(/^The /, ''));
    notes.push(`${slackMessages.toolsUsed[language]}${labels.join(translate(slackMessages.listSeparator, language))}`);
  }
  if (result.mode === 'offline') notes.push(slackMessages.offlineMode[language]);
  const blocks: AnswerBlock[] = [
    ...sections,
    ...(notes.length > 0
      ? [{ type: 'context' as const, elements: notes.map((note) => ({ type: 'mrkdwn' as const, text: note })) }]
      : []),
  ];
  // `text` (what notifications show) is mrkdwn too; a cut must not leave half an entity or link.
  const plain = markdownToMrkdwn(answer).replace(/\s+/g, ' ').trim();
  const text =
    plain.length > limits.notificationCharacters
      ? `${plain.slice(0, limits.notificationCharacters - 1).replace(/&[a-z]*$|<[^>]*$/, '')}…`
      : plain;
  const messages: AnswerMessage[] = [];
  for (let start = 0; start < blocks.length; start += limits.blocksPerMessage) {
    messages.push({
      text: start === 0 ? text : `${text} (${messages.length + 1})`,
      blocks: blocks.slice(start, start + limits.blocksPerMessage),
    });
  }
  return messages;
}
