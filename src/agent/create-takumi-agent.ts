import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { createAgent } from 'langchain';
import type { TakumiTool } from '../tools/takumi-tool.ts';
import { createToolRunnerMiddleware } from './create-tool-runner-middleware.ts';
import { toLangchainTool } from './to-langchain-tool.ts';
import type { ToolRunner } from './tool-runner.ts';

/** Options of {@link createTakumiAgent}. */
export interface CreateTakumiAgentOptions {
  /** Built with `createChatModel`, i.e. with the privacy guard as its HTTP client. */
  model: BaseChatModel;
  tools: readonly TakumiTool[];
  /** Runs and records the calls of this question. */
  runner: ToolRunner;
  systemPrompt: string;
}

/**
 * The langchain v1 agent (`createAgent`): the model loops over tool calls until it answers. Tools are
 * the Takumi tools as langchain tools (zod schema as is); the tool-runner middleware executes every
 * call through the {@link ToolRunner}. Build one per question: the runner holds that question's calls.
 */
export function createTakumiAgent(options: CreateTakumiAgentOptions) {
  return createAgent({
    model: options.model,
    tools: options.tools.map((takumiTool) => toLangchainTool(takumiTool, options.runner)),
    systemPrompt: options.systemPrompt,
    middleware: [createToolRunnerMiddleware(options.runner)],
  });
}
