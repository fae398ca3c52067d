import { ChatOpenAI } from '@langchain/openai';
import type { TakumiConfig } from '../config/load-config.ts';
import { AgentError } from './agent-error.ts';
import type { PrivacyGuard } from './privacy-guard.ts';

/** Options of {@link createChatModel}. */
export interface CreateChatModelOptions {
  config: Pick<TakumiConfig, 'openAiApiKey' | 'openAiBaseUrl' | 'model'>;
  /** Every request of the client goes through `guard.fetch`: there is no unguarded way to build one here. */
  guard: PrivacyGuard;
  maxRetries?: number;
  timeoutMilliseconds?: number;
}

export const defaultCreateChatModelOptions = { maxRetries: 2, timeoutMilliseconds: 120_000 } as const;

/**
 * The chat model of the agent: langchain's ChatOpenAI on the Chat Completions API (non-streaming),
 * with key, base URL and model from the config and the privacy guard's fetch as the HTTP client.
 * The base URL is always passed explicitly so langchain never falls back to its own environment
 * lookups (OPENAI_BASE_URL, LangSmith gateway).
 *
 * @throws AgentError `AGENT_NO_API_KEY` when the config has no API key.
 */
export function createChatModel(options: CreateChatModelOptions): ChatOpenAI {
  const { config, guard } = options;
  if (!config.openAiApiKey) {
    throw new AgentError(
      'AGENT_NO_API_KEY',
      'No OPENAI_API_KEY is set; set it to use the language model, or let Takumi answer with its offline planner.',
    );
  }
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.openAiApiKey,
    useResponsesApi: false,
    streaming: false,
    maxRetries: options.maxRetries ?? defaultCreateChatModelOptions.maxRetries,
    timeout: options.timeoutMilliseconds ?? defaultCreateChatModelOptions.timeoutMilliseconds,
    configuration: { baseURL: config.openAiBaseUrl, fetch: guard.fetch },
  });
}
