import type { ConversationTurn } from './conversation-turn.ts';
import { composeOfflineAnswer, type OfflineClarification } from './compose-offline-answer.ts';
import { fitArgumentsToSchema } from './fit-arguments-to-schema.ts';
import { segmentArgumentNames } from './find-last-segment.ts';
import { findMissingFields } from './find-missing-fields.ts';
import { optionalOfflineTools, planOfflineSteps } from './plan-offline-steps.ts';
import type { PrivacyGuard } from './privacy-guard.ts';
import type { ToolRunner } from './tool-runner.ts';
import type { Language } from '../core/language.ts';

/** Options of {@link answerOffline}. */
export interface AnswerOfflineOptions {
  question: string;
  history: readonly ConversationTurn[];
  language: Language;
  /** The same runner the model agent would use: same validation, errors, group-size rule, records. */
  runner: ToolRunner;
  /** Tool texts in the answer pass the same redaction as model requests. */
  guard: PrivacyGuard;
  defaultDataset: string | null;
}

const segmentFields = new Set<string>([...segmentArgumentNames, 'id']);

/**
 * Answers without a language model (no API key): plans tool calls from keywords
 * ({@link planOfflineSteps}), looks each tool up by name among the registered ones, fits the
 * arguments to its schema and runs the calls one after another through the tool runner, then writes
 * a templated answer in the asker's language that starts with the offline notice.
 *
 * A tool that needs a segment nobody named gets the first group of the previous result in this plan
 * (estimate_roi ranks by ROI, run_segmentation by size), and the answer says so; a tool still
 * lacking a required field is not run, and the answer asks for it. Tools the plan needs but that are
 * not registered are named; the rest of the plan still runs.
 */
export async function answerOffline(options: AnswerOfflineOptions): Promise<string> {
  const { runner, language } = options;
  const plan = planOfflineSteps(options.question, options.history);
  const available = plan.steps.filter((step) => runner.findTool(step.toolName));
  const missingTools = plan.steps
    .filter((step) => !runner.findTool(step.toolName) && !optionalOfflineTools.has(step.toolName))
    .map((step) => step.toolName);
  const clarifications: OfflineClarification[] = [];
  let chosenSegment: number | null = null;
  runner.expectCalls(available.length);
  for (const step of available) {
    const tool = runner.findTool(step.toolName)!;
    const hints = { ...step.hints, dataset: options.defaultDataset, language };
    let argumentsObject = fitArgumentsToSchema(tool.schema, hints);
    let missing = findMissingFields(tool.schema, argumentsObject);
    if (missing.some((field) => segmentFields.has(field.name)) && (hints.segment ?? null) === null) {
      const derived = firstGroupSegment(runner);
      if (derived !== null) {
        chosenSegment = derived;
        argumentsObject = fitArgumentsToSchema(tool.schema, { ...hints, segment: derived });
        missing = findMissingFields(tool.schema, argumentsObject);
      }
    }
    if (missing.length > 0) {
      clarifications.push({ toolName: step.toolName, fields: missing });
      continue;
    }
    await runner.run(step.toolName, argumentsObject);
  }
  const records = await Promise.all(
    runner.records.map(async (record) => ({
      ...record,
      content: await options.guard.redactText(record.content),
      ...(record.presentation === undefined
        ? {}
        : { presentation: await options.guard.redactText(record.presentation) }),
    })),
  );
  const phrasing =
    runner.records
      .map((record) => (record.ok ? meetingPhrasingOf(record.data) : null))
      .find((found) => found !== null) ?? null;
  const meetingPhrasing = phrasing
    ? await Promise.all(phrasing.map((sentence) => options.guard.redactText(sentence)))
    : null;
  return composeOfflineAnswer({
    language,
    records,
    missingTools,
    clarifications,
    availableTools: runner.toolNames,
    charts: runner.charts,
    forMeeting: plan.intents.includes('meeting'),
    meetingPhrasing,
    segment: plan.segment ?? chosenSegment,
    chosenSegment,
    understood: plan.steps.length > 0 || plan.smallTalk !== null,
    smallTalk: plan.smallTalk,
  });
}

/** `data.meetingPhrasing` when a tool wrote sentences for a meeting (draft_campaign does). */
function meetingPhrasingOf(data: unknown): string[] | null {
  const phrasing = (data as { meetingPhrasing?: unknown } | undefined)?.meetingPhrasing;
  return Array.isArray(phrasing) && phrasing.length > 0 && phrasing.every((sentence) => typeof sentence === 'string')
    ? (phrasing as string[])
    : null;
}

/** The segment number of the first declared group (`S2` → 2) of the latest successful call. */
function firstGroupSegment(runner: ToolRunner): number | null {
  for (const record of [...runner.records].reverse()) {
    if (!record.ok) continue;
    const groups = (record.data as { groups?: { label?: unknown }[] } | undefined)?.groups;
    // Takumi labels segments S0, S1, … and themes T0, T1, …: only a segment label counts.
    const digits = /^(?:s|segment\s*)(\d+)/i.exec(String(groups?.[0]?.label ?? ''));
    if (digits) return Number(digits[1]);
  }
  return null;
}
