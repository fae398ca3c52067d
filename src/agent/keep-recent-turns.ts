import type { ConversationTurn } from './conversation-turn.ts';

/**
 * The newest `maxTurns` turns of a conversation, starting on a user turn: a history that opens with
 * an answer to a question it no longer shows would confuse the model and the offline planner.
 */
export function keepRecentTurns(turns: readonly ConversationTurn[], maxTurns: number): ConversationTurn[] {
  const recent = turns.slice(-maxTurns);
  const firstQuestion = recent.findIndex((turn) => turn.role === 'user');
  return firstQuestion < 0 ? [] : recent.slice(firstQuestion);
}
