import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from 'langchain';
import type { ConversationTurn } from './conversation-turn.ts';

/**
 * Replays earlier turns as chat messages: user turns as human messages; an assistant turn with tool
 * results as the tool calls it made, their results, then its answer — the same shape the model
 * produced them in, so a follow-up (「その層のキャンペーン案は？」) can build on the earlier results.
 * Ids are derived from the turn position: stable, and distinct from the ids of new messages.
 */
export function toLangchainMessages(history: readonly ConversationTurn[]): BaseMessage[] {
  const messages: BaseMessage[] = [];
  history.forEach((turn, turnIndex) => {
    if (turn.role === 'user') {
      messages.push(new HumanMessage({ content: turn.content, id: `history-${turnIndex}-user` }));
      return;
    }
    const results = turn.toolResults ?? [];
    if (results.length > 0) {
      const callIds = results.map((_, callIndex) => `history_${turnIndex}_${callIndex}`);
      messages.push(
        new AIMessage({
          content: '',
          id: `history-${turnIndex}-calls`,
          tool_calls: results.map((result, callIndex) => ({
            id: callIds[callIndex]!,
            name: result.name,
            args: result.arguments,
            type: 'tool_call' as const,
          })),
        }),
      );
      results.forEach((result, callIndex) => {
        messages.push(
          new ToolMessage({
            content: result.summary,
            tool_call_id: callIds[callIndex]!,
            name: result.name,
            status: result.ok ? 'success' : 'error',
            id: `history-${turnIndex}-result-${callIndex}`,
          }),
        );
      });
    }
    messages.push(new AIMessage({ content: turn.content, id: `history-${turnIndex}-answer` }));
  });
  return messages;
}
