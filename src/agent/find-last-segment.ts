import type { ConversationToolResult, ConversationTurn } from './conversation-turn.ts';
import { findSegmentMentions } from './find-segment-mentions.ts';

/** Argument names under which tools take a segment number. */
export const segmentArgumentNames = [
  'segment',
  'segmentId',
  'segment_id',
  'segmentIndex',
  'segmentNumber',
  'cluster',
  'clusterId',
  'cluster_id',
] as const;

/**
 * The segment the conversation last talked about, for 「その層」 / "that segment": newest turn first,
 * a segment argument of its tool calls (also `{ kind: 'segment', id }` as describe_cluster takes it),
 * else the last segment named in its text.
 */
export function findLastSegment(history: readonly ConversationTurn[]): number | null {
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const turn = history[index]!;
    for (const result of [...(turn.toolResults ?? [])].reverse()) {
      const segment = segmentArgument(result);
      if (segment !== null) return segment;
    }
    const mentioned = findSegmentMentions(turn.content).at(-1);
    if (mentioned !== undefined) return mentioned;
  }
  return null;
}

function segmentArgument(result: ConversationToolResult): number | null {
  const names: string[] = [...segmentArgumentNames, ...(result.arguments.kind === 'segment' ? ['id'] : [])];
  for (const name of names) {
    const value = result.arguments[name];
    if (value === undefined || value === null || value === '') continue;
    const number = Number(value);
    if (Number.isInteger(number)) return number;
  }
  return null;
}
