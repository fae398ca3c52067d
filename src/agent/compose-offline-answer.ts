import type { ToolChart } from '../tools/takumi-tool.ts';
import type { MissingField } from './find-missing-fields.ts';
import type { ToolCallRecord } from './tool-call-record.ts';
import { explainTermsOnFirstUse } from './explain-terms.ts';
import { toolLabel } from './tool-labels.ts';
import type { Language } from '../core/language.ts';
import { appendAll } from '../core/append-all.ts';
import { pick, translate } from '../core/message-catalog.ts';
import { startSentences } from './start-sentences.ts';
import { offlineAnswerMessages as messages } from './offline-answer-messages.ts';
import type { SmallTalk } from './detect-small-talk.ts';
import { smallTalkMessages } from './small-talk-messages.ts';

/** A planned call that was not run because the question did not say enough. */
export interface OfflineClarification {
  toolName: string;
  fields: MissingField[];
}

/** Everything the offline answer is written from. */
export interface OfflineAnswerParts {
  language: Language;
  /** Tool calls in order, their `content` and `presentation` already redacted by the privacy guard. */
  records: readonly ToolCallRecord[];
  /** Tools the plan needed that are not registered. */
  missingTools: readonly string[];
  clarifications: readonly OfflineClarification[];
  availableTools: readonly string[];
  charts: readonly ToolChart[];
  forMeeting: boolean;
  segment: number | null;
  /** Meeting sentences a tool wrote (draft_campaign's `data.meetingPhrasing`), redacted; null if none. */
  meetingPhrasing: readonly string[] | null;
  /** Set when the planner picked the segment itself (none was named): the answer says so. */
  chosenSegment: number | null;
  /** True when no intent was recognised. */
  understood: boolean;
  /** Not an analysis request (thanks, a greeting, off-topic, nothing mapped): a short reply first. */
  smallTalk?: SmallTalk | 'unmapped' | null;
}

const smallTalkReplies = {
  thanks: smallTalkMessages.thanks,
  greeting: smallTalkMessages.greeting,
  capabilities: smallTalkMessages.capabilities,
  'off-topic': smallTalkMessages.offTopic,
  unmapped: smallTalkMessages.unmapped,
} as const;

/**
 * The offline answer: a first line saying no LLM is used, then each tool's result under its label,
 * missing tools named plainly, charts mentioned, and for meetings 3–5 sentences an executive can say.
 * Only tool texts carry figures; the template adds none.
 */
export function composeOfflineAnswer(parts: OfflineAnswerParts): string {
  const { language } = parts;
  const lines: string[] = [translate(messages.notice, language)];
  if (!parts.understood) {
    lines.push(translate(messages.notUnderstood, language));
    return lines.join('\n');
  }
  const smallTalk = parts.smallTalk ?? null;
  if (smallTalk !== null && smallTalk !== 'glossary') {
    lines.push('', translate(smallTalkReplies[smallTalk], language));
    if (smallTalk === 'thanks') return lines.join('\n');
    const suggested = parts.records.find((record) => record.name === 'suggest_questions' && record.ok);
    lines.push(
      suggested
        ? (suggested.presentation ?? suggested.content)
        : translate(smallTalkMessages.fallbackExamples, language),
    );
    return lines.join('\n');
  }
  if (parts.chosenSegment !== null) {
    lines.push('', translate(messages.chosenSegment, language, { segment: parts.chosenSegment }));
  }
  for (const record of parts.records) {
    const { label } = toolLabel(record.name, language);
    lines.push('', translate(messages.heading, language, { label }), record.presentation ?? record.content);
  }
  for (const name of parts.missingTools) {
    lines.push('', translate(messages.missingTool, language, { name, tools: parts.availableTools.join(', ') }));
  }
  for (const { toolName, fields } of parts.clarifications) {
    const list = fields
      .map((field) => (field.description ? `${field.name}（${field.description}）` : field.name))
      .join(translate(messages.fieldSeparator, language));
    lines.push('', translate(messages.needsFields, language, { label: toolLabel(toolName, language).label, list }));
  }
  if (parts.charts.length > 0) lines.push('', translate(messages.charts, language, { count: parts.charts.length }));
  const meeting = parts.forMeeting ? meetingSentences(parts) : [];
  if (meeting.length > 0) appendAll(lines, ['', ...meeting]);
  // Tool texts are templates: in English a sentence may start with a segment's (lower-case) name.
  return pick(language, { ja: (text: string) => text, en: startSentences })(
    explainTermsOnFirstUse(lines.join('\n'), language),
  );
}

function meetingSentences(parts: OfflineAnswerParts): string[] {
  const { language } = parts;
  const heading = translate(messages.meetingHeading, language);
  // draft_campaign writes its own meeting phrasing from the numbers; prefer it to the template, and
  // do not repeat it when the tool's text above already lists it.
  const fromTool = parts.meetingPhrasing;
  if (fromTool) {
    const shown = fromTool.every((sentence) => parts.records.some((record) => record.content.includes(sentence)));
    return shown ? [] : [heading, ...fromTool.map((sentence) => `- ${sentence}`)];
  }
  const finding = parts.records
    .filter((record) => record.ok)
    .map((record) => firstSentence(record.content))
    .find(Boolean);
  const target =
    parts.segment === null
      ? translate(messages.thisSegment, language)
      : translate(messages.segmentNumber, language, { segment: parts.segment });
  return [
    heading,
    ...(finding ? [translate(messages.meetingFinding, language, { finding })] : []),
    translate(messages.meetingPoc, language, { target }),
    translate(messages.meetingControl, language),
    translate(messages.meetingPrivacy, language),
  ];
}

function firstSentence(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  const match = /^.*?[。.!?！？](?=\s|$)/u.exec(line);
  return (match?.[0] ?? line).trim();
}
