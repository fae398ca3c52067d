import type { z } from 'zod';
import { objectShape } from './object-shape.ts';
import { redactText } from './redact-text.ts';
import type { Language } from '../core/language.ts';
import { translate } from '../core/message-catalog.ts';
import { agentMessages } from './agent-messages.ts';

const longestValueShown = 60;

/**
 * Turns a zod failure into a message the model can act on: each bad field, what is wrong with it
 * (zod's own wording names the allowed values and bounds), the field's description, and the list of
 * accepted fields. Values the model sent are echoed only in shortened form.
 */
export function describeInvalidArguments(options: {
  toolName: string;
  schema: z.ZodType;
  error: z.ZodError;
  input: unknown;
  language: Language;
}): string {
  const shape = objectShape(options.schema);
  const lines = options.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const topField = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const description = topField && shape?.[topField]?.description;
    const sent = field ? valueAt(options.input, issue.path) : undefined;
    const sentText = sent === undefined ? '' : ` (got ${shorten(JSON.stringify(sent) ?? String(sent))})`;
    return `- ${field || '(arguments)'}: ${issue.message}${sentText}${description ? ` — ${description}` : ''}`;
  });
  const fields = shape ? Object.keys(shape) : [];
  const accepted = fields.length > 0 ? `Accepted fields: ${fields.join(', ')}.` : '';
  return [translate(agentMessages.invalidArguments, options.language, { name: options.toolName }), ...lines, accepted]
    .filter(Boolean)
    .join('\n');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Redacts before cutting: a cut e-mail or path no longer matches the patterns that would catch it. */
function shorten(text: string): string {
  const redacted = redactText(text).text;
  return redacted.length > longestValueShown ? `${redacted.slice(0, longestValueShown)}…` : redacted;
}
