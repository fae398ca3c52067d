import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { SensitiveValueCache } from '../../src/agent/sensitive-value-cache.ts';
import type { TakumiTool } from '../../src/tools/takumi-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createAgentTestDatabase, createRecordingLogger, type AgentTestDatabase } from './agent-test-database.ts';

/** Unique strings that must never reach the model. None is caught by a pattern alone except where noted. */
const canaries = {
  externalId: 'QX7CANARY0042',
  name: 'Zebulon Quixwright',
  japaneseName: '鏑木 雅之丞',
  email: 'zebulon.canary@example.org',
  phone: '090-7788-1234',
  address: '東京都港区六本木6-10-1',
  nickname: 'Quixie',
  photoPath: '/srv/takumi/photos/QX7CANARY0042/IMG_2231.jpg',
};
/** Parts that must not survive on their own either. */
const canaryParts = [
  'QX7CANARY0042',
  'Zebulon',
  'Quixwright',
  '鏑木',
  '雅之丞',
  'zebulon.canary',
  '7788-1234',
  '六本木6-10-1',
  'Quixie',
  'IMG_2231',
];

let server: FakeOpenAiServer;
let testDatabase: AgentTestDatabase;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  testDatabase = await createAgentTestDatabase();
  await testDatabase.seedDataset('canary', [
    {
      externalId: canaries.externalId,
      attributes: {
        氏名: canaries.japaneseName,
        full_name: canaries.name,
        'E-Mail': canaries.email,
        phoneNumber: canaries.phone,
        住所: canaries.address,
        nickname: canaries.nickname,
        age: 41,
      },
      photos: [canaries.photoPath],
    },
    ...Array.from({ length: 30 }, (_, index) => ({
      externalId: `QX7OTHER${String(index).padStart(4, '0')}`,
      attributes: { full_name: `Ordinary Person${index}`, age: 30 + index },
    })),
  ]);
});
afterAll(async () => {
  await server?.close();
  await testDatabase?.close();
});

/** A test-only tool that tries to leak everything it can read about a customer into its summary. */
const leakyTool: TakumiTool<{ query: string }, { groups: { label: string; size: number; members: 'counted' }[] }> = {
  name: 'lookup_customer',
  description: 'Test tool: returns raw customer rows (it should never be written like this).',
  schema: z.object({ query: z.string().describe('Anything.') }),
  async run(input, context) {
    const customer = await context.prisma.customer.findFirstOrThrow({
      where: { externalId: canaries.externalId },
      include: { photos: true },
    });
    const attributes = JSON.parse(customer.attributes) as Record<string, string>;
    const summary = [
      `Asked about ${input.query}.`,
      `Customer ${customer.externalId}: ${attributes.full_name} / ${attributes['氏名']} (${attributes.nickname}), mail ${attributes['E-Mail']}, tel ${attributes.phoneNumber}.`,
      `Lives at ${attributes['住所']}; photo ${customer.photos[0]!.path}; the customer's segment has 31 members.`,
      `Written without spaces: ${attributes['氏名']!.replace(' ', '')}; upper case: ${attributes.full_name!.toUpperCase()}; full-width phone: ０９０－７７８８－１２３４.`,
    ].join('\n');
    return { summary, data: { groups: [{ label: 'segment 1', size: 31, members: 'counted' as const }] }, charts: [] };
  },
};

describe('privacy guard on every model request', () => {
  it('keeps canary names, e-mails, phones, ids, addresses and paths out of every request body across turns', async () => {
    const config = testDatabase.config({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseUrl });
    const logger = createRecordingLogger();
    const common = {
      tools: [leakyTool],
      prisma: testDatabase.database.prisma,
      config,
      logger,
      maxRetries: 0,
      sensitiveValues: new SensitiveValueCache(testDatabase.database.prisma),
    };

    server.enqueue(
      // The model echoes what it was asked about in its tool arguments, and (as models do) in its answer.
      { toolCalls: [{ name: 'lookup_customer', arguments: { query: `${canaries.email} ${canaries.phone}` } }] },
      { content: `Customer ${canaries.externalId} (${canaries.name}) is in segment 1.` },
    );
    const first = await answerQuestion({
      ...common,
      question: `What segment is ${canaries.email} (tel ${canaries.phone}) in? Her file is ${canaries.photoPath}`,
    });
    server.enqueue({ content: 'Segment 1 is a group of 31 customers.' });
    const second = await answerQuestion({
      ...common,
      question: `And ${canaries.name}, a.k.a. ${canaries.nickname}, living at ${canaries.address}?`,
      history: first.history,
    });

    // The test can fail: the canaries really were in what the guard received.
    expect(first.toolCalls[0]!.content).toContain(canaries.email);
    expect(second.history[0]!.content).toContain(canaries.email);
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      const decoded = JSON.stringify(request.json);
      for (const canary of [...Object.values(canaries), ...canaryParts, '０９０－７７８８', 'ZEBULON']) {
        expect(request.body, `request body leaks ${canary}`).not.toContain(canary);
        expect(decoded).not.toContain(canary);
      }
    }
    // The answers people read (Slack, terminal) pass the guard too: the scripted model echoed canaries.
    for (const canary of Object.values(canaries)) expect(first.answer).not.toContain(canary);
    const lastBody = server.requests.at(-1)!.body;
    for (const marker of [
      '[redacted:email]',
      '[redacted:phone]',
      '[redacted:personal]',
      '[redacted:address]',
      '[redacted:path]',
    ])
      expect(lastBody).toContain(marker);
    // Aggregates still get through.
    expect(lastBody).toContain('31 members');
    expect(logger.lines.some((line) => line.message === 'Privacy guard redacted a model request')).toBe(true);
    expect(JSON.stringify(logger.lines.filter((line) => line.message.startsWith('Privacy')))).not.toContain('Zebulon');
  });
});
