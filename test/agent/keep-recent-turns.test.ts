import { describe, expect, it } from 'vitest';
import type { ConversationTurn } from '../../src/agent/conversation-turn.ts';
import { keepRecentTurns } from '../../src/agent/keep-recent-turns.ts';

const turns: ConversationTurn[] = [
  { role: 'user', content: 'q1' },
  { role: 'assistant', content: 'a1' },
  { role: 'user', content: 'q2' },
  { role: 'assistant', content: 'a2' },
];

describe('keepRecentTurns', () => {
  it('keeps the newest turns but never starts on an answer', () => {
    expect(keepRecentTurns(turns, 3).map((turn) => turn.content)).toEqual(['q2', 'a2']);
    expect(keepRecentTurns(turns, 4).map((turn) => turn.content)).toEqual(['q1', 'a1', 'q2', 'a2']);
    expect(keepRecentTurns(turns, 1)).toEqual([]);
  });
});
