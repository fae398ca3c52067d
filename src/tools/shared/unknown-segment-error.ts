import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { readerQuote } from './reader-quote.ts';
import { quoteData } from '../../core/quote-data.ts';
import { ToolInputError } from '../takumi-tool.ts';
import { sharedMessages } from './shared-messages.ts';

/**
 * The refusal of a segment the run does not have (`TOOL_SEGMENT_UNKNOWN`), or of a missing one
 * (`requested` undefined): the model reads the valid ids, the person the valid numbers in words.
 */
export function unknownSegmentError(
  requested: number | string | undefined,
  run: { runId: number; segments: readonly unknown[] },
  language: Language,
  details: Record<string, unknown> = { segment: requested },
): ToolInputError {
  const count = run.segments.length;
  const last = count - 1;
  const range = `run ${run.runId} has segments S0–S${last}`;
  const shown = typeof requested === 'number' ? String(requested) : quoteData(String(requested), 40);
  return new ToolInputError(
    'TOOL_SEGMENT_UNKNOWN',
    requested === undefined
      ? `Pass the segment number; ${range}.`
      : `Segment ${typeof requested === 'number' ? `S${requested}` : shown} does not exist; ${range}.`,
    details,
    {
      readerMessage:
        requested === undefined
          ? translate(sharedMessages.segmentMissing, language, { count, last })
          : translate(sharedMessages.segmentUnknown, language, {
              segment: typeof requested === 'number' ? String(requested) : readerQuote(requested, language),
              count,
              last,
            }),
    },
  );
}
