import { AIMessage, ToolMessage, createMiddleware } from 'langchain';
import type { ToolRunner } from './tool-runner.ts';

/**
 * Routes every tool call of the agent through the {@link ToolRunner} and tells it how many calls each
 * model step asked for (for progress totals).
 *
 * The runner validates the raw arguments itself rather than letting langchain do it first, so the
 * model gets Takumi's actionable message for a bad argument (field, what is allowed), not a generic
 * schema error, and the call is recorded. Tool failures never escape as exceptions: they come back
 * as error `ToolMessage`s the model can read.
 */
export function createToolRunnerMiddleware(runner: ToolRunner) {
  /** Calls whose arguments were not JSON, by id: answered with a message instead of being run. */
  const unreadable = new Set<string>();
  let repaired = 0;
  return createMiddleware({
    name: 'TakumiToolRunner',
    wrapModelCall: async (request, handler) => {
      let response = await handler(request);
      if (!AIMessage.isInstance(response)) return response;
      // langchain files calls with broken JSON under invalid_tool_calls and the loop would end with an
      // empty answer; turning them into calls that get an error result lets the model retry.
      const invalid = response.invalid_tool_calls ?? [];
      if (invalid.length > 0) {
        const calls = invalid.map((call) => {
          repaired += call.id ? 0 : 1;
          const id = call.id ?? `unreadable_${repaired}`;
          unreadable.add(id);
          return { id, name: call.name ?? 'unknown', args: {}, type: 'tool_call' as const };
        });
        response = new AIMessage({
          content: response.content,
          id: response.id,
          tool_calls: [...(response.tool_calls ?? []), ...calls],
          invalid_tool_calls: [],
          additional_kwargs: response.additional_kwargs,
          response_metadata: response.response_metadata,
          ...(response.usage_metadata ? { usage_metadata: response.usage_metadata } : {}),
        });
      }
      runner.expectCalls(response.tool_calls?.length ?? 0);
      return response;
    },
    wrapToolCall: async (request) => {
      const { toolCall } = request;
      const record =
        toolCall.id && unreadable.has(toolCall.id)
          ? runner.recordUnreadableArguments(toolCall.name)
          : await runner.run(toolCall.name, toolCall.args);
      return new ToolMessage({
        content: record.content,
        tool_call_id: toolCall.id ?? '',
        name: toolCall.name,
        status: record.ok ? 'success' : 'error',
      });
    },
  });
}
