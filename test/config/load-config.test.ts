import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';

describe('loadConfig: language-model settings', () => {
  it('defaults to the offline planner, OpenAI base URL, gpt-4o-mini and groups of 20', () => {
    const config = loadConfig({ OPENAI_API_KEY: '' });
    expect(config).toMatchObject({
      openAiApiKey: undefined,
      openAiBaseUrl: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      minimumGroupSize: 20,
    });
  });

  it('reads key, base URL (without trailing slash), model and minimum group size', () => {
    const config = loadConfig({
      OPENAI_API_KEY: ' sk-1 ',
      OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1/',
      TAKUMI_MODEL: 'local-model',
      TAKUMI_MIN_GROUP_SIZE: '50',
    });
    expect(config).toMatchObject({
      openAiApiKey: 'sk-1',
      openAiBaseUrl: 'http://127.0.0.1:8080/v1',
      model: 'local-model',
      minimumGroupSize: 50,
    });
  });

  it('rejects malformed values and LangSmith tracing, naming the variable', () => {
    expect(() => loadConfig({ OPENAI_BASE_URL: 'localhost:8080' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => loadConfig({ TAKUMI_MIN_GROUP_SIZE: '1' })).toThrow(/TAKUMI_MIN_GROUP_SIZE/);
    expect(() => loadConfig({ LANGSMITH_TRACING: 'true' })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_TRACING_FORBIDDEN',
        message: expect.stringContaining('LANGSMITH_TRACING'),
      }),
    );
  });
});
