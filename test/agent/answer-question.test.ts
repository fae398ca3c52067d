import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerQuestion, type AnswerQuestionOptions } from '../../src/agent/answer-question.ts';
import type { AgentProgress } from '../../src/agent/agent-progress.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import type { TakumiTool } from '../../src/tools/takumi-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer, type RecordedRequest } from '../support/fake-openai-server.ts';
import { createAgentTestDatabase, createRecordingLogger, type AgentTestDatabase } from './agent-test-database.ts';
import { listDatasetsTool } from '../../src/tools/list-datasets/list-datasets-tool.ts';

let server: FakeOpenAiServer;
let testDatabase: AgentTestDatabase;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  testDatabase = await createAgentTestDatabase();
  await testDatabase.seedDataset('spring-2026', [
    { externalId: 'C001', transactions: 2, photos: ['photos/C001/a.jpg'] },
    { externalId: 'C002', transactions: 1 },
    { externalId: 'C003' },
  ]);
});
afterAll(async () => {
  await server?.close();
  await testDatabase?.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

/** A tool with bounds, so zod has something to reject. */
const countSegmentsTool: TakumiTool<{ k: number }, { k: number }> = {
  name: 'count_segments',
  description: 'Test tool: echoes a segment count.',
  schema: z.object({ k: z.number().int().min(2).max(8).describe('Number of segments, from 2 to 8.') }),
  run: async (input) => ({ summary: `Made ${input.k} segments.`, data: { k: input.k }, charts: [] }),
};

/** A tool that fails the way a bug does: a plain error whose message and stack hold a path. */
const brokenTool: TakumiTool<Record<string, never>, never> = {
  name: 'run_segmentation',
  description: 'Test tool: always crashes.',
  schema: z.object({}),
  run: async () => {
    throw new Error("ENOENT: no such file or directory, open '/home/taro/.takumi/cache/segments.bin'");
  },
};

/** A tool whose output describes a group below the minimum size. */
const smallGroupTool: TakumiTool<
  Record<string, never>,
  { groups: { label: string; size: number; members: 'counted' }[] }
> = {
  name: 'describe_cluster',
  description: 'Test tool: describes a tiny segment.',
  schema: z.object({}),
  run: async () => ({
    summary: 'Segment 9 (7 customers) all love sailing.',
    data: { groups: [{ label: 'segment 9', size: 7, members: 'counted' as const }] },
    charts: [{ path: '/tmp/segment-9.png', title: 'Segment 9', kind: 'segment' }],
  }),
};

function options(
  overrides: Partial<AnswerQuestionOptions> & Pick<AnswerQuestionOptions, 'question'>,
): AnswerQuestionOptions {
  return {
    tools: [listDatasetsTool, countSegmentsTool, brokenTool, smallGroupTool],
    prisma: testDatabase.database.prisma,
    config: testDatabase.config({
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_BASE_URL: server.baseUrl,
      TAKUMI_MODEL: 'gpt-4o-mini',
    }),
    logger: createRecordingLogger(),
    maxRetries: 0,
    ...overrides,
  };
}

/** Message content as text: a string, or the text parts of a content array. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.map((part: { text?: string }) => part.text ?? '').join('') : '';
}

/** The tool result messages of a request, by tool_call_id. */
function toolMessages(request: RecordedRequest | undefined): { tool_call_id?: string; content?: unknown }[] {
  return (request?.json?.messages ?? []).filter((message) => message.role === 'tool');
}

describe('answerQuestion with a language model (real ChatOpenAI against a local fake server)', () => {
  it('lets the model call list_datasets on the real database, then returns its answer and the call', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'list_datasets', arguments: {} }] },
      { content: 'You have one dataset, spring-2026, with 3 customers.' },
    );
    const progress: AgentProgress[] = [];
    const result = await answerQuestion(
      options({ question: 'What data do we have?', onProgress: (event) => progress.push(event) }),
    );

    expect(result.mode).toBe('model');
    expect(result.answer).toBe('You have one dataset, spring-2026, with 3 customers.');
    expect(result.toolCalls).toMatchObject([{ name: 'list_datasets', arguments: {}, ok: true, outcome: 'succeeded' }]);
    expect(result.toolCalls[0]!.data).toMatchObject({
      datasets: [{ name: 'spring-2026', customers: 3, transactions: 3, photos: 1 }],
    });
    expect(progress.map(({ phase, done, total }) => ({ phase, done, total }))).toEqual([
      { phase: 'started', done: 0, total: 1 },
      { phase: 'finished', done: 1, total: 1 },
    ]);

    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect(first!.path).toBe('/v1/chat/completions');
    expect(first!.headers.authorization).toBe('Bearer sk-test-key');
    expect(first!.json?.model).toBe('gpt-4o-mini');
    expect(first!.json?.stream).toBeFalsy();
    expect(first!.json?.messages?.[0]).toMatchObject({ role: 'system' });
    expect(textOf(first!.json?.messages?.[0]?.content)).toContain('Use only numbers that a tool returned');
    const tools = first!.json?.tools as {
      function: { name: string; parameters: { properties: Record<string, { description?: string }> } };
    }[];
    const listDatasets = tools.find((tool) => tool.function.name === 'list_datasets');
    expect(listDatasets?.function.parameters.properties.name?.description).toContain('Exact dataset name');
    // The model read the tool's real summary from the database, under the id of its own call.
    const [toolMessage] = toolMessages(second);
    expect(toolMessage?.tool_call_id).toBe('call_fake_1_0');
    expect(toolMessage?.content).toContain('"spring-2026": 3 customers, 3 purchases, 1 photos');
  });

  it('offers every registered Takumi tool to the model with its zod schema as JSON schema', async () => {
    server.enqueue({ content: 'Hello.' });
    await answerQuestion(options({ question: 'Hi', tools: allTools }));
    const tools = server.requests[0]!.json!.tools as {
      function: { name: string; parameters: { type: string; properties: object } };
    }[];
    expect(tools.map((tool) => tool.function.name)).toEqual(allTools.map((tool) => tool.name));
    for (const tool of tools) expect(tool.function.parameters.type).toBe('object');
  });

  it('answers in Japanese with the Japanese system prompt', async () => {
    server.enqueue({ content: 'データセットは1件です。' });
    const result = await answerQuestion(options({ question: 'どんなデータがありますか？' }));
    expect(result.language).toBe('ja');
    expect(textOf(server.requests[0]!.json?.messages?.[0]?.content)).toContain(
      'ツールが返した数字だけを使ってください',
    );
  });

  it('sends the earlier turns, tool calls and results included, with a follow-up question', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'list_datasets', arguments: {} }] },
      { content: 'One dataset: spring-2026 (3 customers).' },
    );
    const first = await answerQuestion(options({ question: 'Which datasets are there?' }));
    server.enqueue({ content: 'It has 3 purchases.' });
    const second = await answerQuestion(
      options({ question: 'And how many purchases does it have?', history: first.history }),
    );

    expect(second.answer).toBe('It has 3 purchases.');
    const messages = server.requests.at(-1)!.json!.messages!;
    expect(messages.map((message) => message.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
      'assistant',
      'user',
    ]);
    expect(messages[1]!.content).toBe('Which datasets are there?');
    expect(messages[2]!.tool_calls).toMatchObject([{ type: 'function', function: { name: 'list_datasets' } }]);
    expect(messages[3]!.content).toContain('"spring-2026": 3 customers');
    expect(messages[4]!.content).toBe('One dataset: spring-2026 (3 customers).');
    expect(messages[5]!.content).toBe('And how many purchases does it have?');
    expect(second.history).toHaveLength(4);
  });

  it('tells the model which argument is wrong and what is allowed, for zod failures and ToolInputError', async () => {
    server.enqueue(
      {
        toolCalls: [
          { name: 'count_segments', arguments: { k: 50 } },
          { name: 'list_datasets', arguments: { name: 'autumn' } },
        ],
      },
      { toolCalls: [{ name: 'count_segments', arguments: { k: 4 } }] },
      { content: 'Made 4 segments.' },
    );
    const result = await answerQuestion(options({ question: 'Split into 50 segments' }));

    const [segmentsMessage, datasetMessage] = toolMessages(server.requests[1]);
    expect(segmentsMessage?.content).toContain('Invalid arguments for count_segments');
    expect(segmentsMessage?.content).toContain(
      '- k: Too big: expected number to be <=8 (got 50) — Number of segments, from 2 to 8.',
    );
    expect(datasetMessage?.content).toContain('No dataset is named "autumn". Use one of: "spring-2026"');
    expect(result.toolCalls.map(({ name, ok, outcome }) => ({ name, ok, outcome }))).toEqual([
      { name: 'count_segments', ok: false, outcome: 'invalid-arguments' },
      { name: 'list_datasets', ok: false, outcome: 'invalid-arguments' },
      { name: 'count_segments', ok: true, outcome: 'succeeded' },
    ]);
    expect(result.answer).toBe('Made 4 segments.');
  });

  it('asks the model to resend arguments that are not valid JSON instead of ending with an empty answer', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'count_segments', arguments: '{"k": 5' }] },
      { toolCalls: [{ name: 'count_segments', arguments: { k: 5 } }] },
      { content: 'Made 5 segments.' },
    );
    const result = await answerQuestion(options({ question: 'Five segments please' }));

    expect(toolMessages(server.requests[1])[0]?.content).toBe(
      'The arguments for count_segments were not valid JSON. Send them again as one JSON object (fields: k).',
    );
    expect(result.toolCalls.map(({ outcome }) => outcome)).toEqual(['invalid-arguments', 'succeeded']);
    expect(result.answer).toBe('Made 5 segments.');
  });

  it('gives the model a safe message for an internal error and logs the full error under the same id', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'run_segmentation', arguments: {} }] },
      { content: 'Segmentation failed; please try again.' },
    );
    const logger = createRecordingLogger();
    const result = await answerQuestion(options({ question: 'Segment our customers', logger }));

    const content = String(toolMessages(server.requests[1])[0]?.content);
    const errorId = result.toolCalls[0]!.errorId!;
    expect(errorId).toMatch(/^E-[0-9a-f]{8}$/);
    expect(content).toBe(
      `The segmentation failed inside Takumi (error id ${errorId}); try again or ask for fewer segments.`,
    );
    expect(server.requests[1]!.body).not.toMatch(/ENOENT|\.takumi|segments\.bin|at .*\.ts:\d+/);
    const logged = logger.lines.find((line) => line.level === 'error');
    expect(logged?.fields.errorId).toBe(errorId);
    expect(JSON.stringify(logged?.fields.error)).toContain('/home/taro/.takumi/cache/segments.bin');
    expect((logged?.fields.error as { stack?: string } | undefined)?.stack).toContain('answer-question.test.ts');
  });

  it('withholds an output that describes a group below the minimum size, data and charts included', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'describe_cluster', arguments: {} }] },
      { content: 'That segment is too small to describe.' },
    );
    const result = await answerQuestion(options({ question: 'Describe segment 9' }));

    const content = String(toolMessages(server.requests[1])[0]?.content);
    expect(content).toContain('withheld');
    expect(content).toContain('fewer than 20 customers (segment 9)');
    expect(server.requests[1]!.body).not.toContain('sailing');
    expect(result.toolCalls[0]).toMatchObject({ ok: false, outcome: 'withheld' });
    expect(result.toolCalls[0]!.data).toBeUndefined();
    expect(result.charts).toEqual([]);
  });

  it('reports an unreachable model as an AgentError that says what to check', async () => {
    // The queue is empty: the fake server answers 500.
    await expect(answerQuestion(options({ question: 'Hello?' }))).rejects.toMatchObject({
      code: 'AGENT_MODEL_FAILED',
      message: expect.stringContaining('OPENAI_API_KEY'),
    });
  });
});
