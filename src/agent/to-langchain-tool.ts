import { tool } from 'langchain';
import type { z } from 'zod';
import type { TakumiTool } from '../tools/takumi-tool.ts';
import { AgentError } from './agent-error.ts';
import { objectShape } from './object-shape.ts';
import type { ToolRunner } from './tool-runner.ts';

/**
 * A langchain tool declaring a Takumi tool to the model: same name, description and zod schema (the
 * JSON schema the model sees is generated from it). Calls are executed by the {@link ToolRunner}
 * (see `createToolRunnerMiddleware`), which returns the tool's `summary` as the tool result and keeps
 * `data` and `charts` for the caller; the function here delegates to the same runner so the tool also
 * works when invoked directly.
 *
 * @throws AgentError when the schema is not a zod object (function calling needs one).
 */
export function toLangchainTool(takumiTool: TakumiTool, runner: ToolRunner) {
  if (!objectShape(takumiTool.schema)) {
    throw new AgentError(
      'AGENT_TOOL_SCHEMA',
      `Tool ${takumiTool.name} must declare its input as a zod object (z.object({...})) to be offered to the model.`,
      {
        tool: takumiTool.name,
      },
    );
  }
  return tool(async (input: unknown) => (await runner.run(takumiTool.name, input)).content, {
    name: takumiTool.name,
    description: takumiTool.description,
    schema: takumiTool.schema as unknown as z.ZodObject,
  });
}
