import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import type { RunSegmentationData } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';

/**
 * The attack of issue 11 item 2: one customer's four pill-bottle photos form their own visual theme.
 * The scripted model asks for everything that could name a theme: the segmentation, every segment's
 * description (over/under-index lists), every segment's campaign draft (「よく投稿する写真」) and every
 * theme's description. The theme's name must reach neither the model nor the person reading.
 */
describe('a photo theme posted by fewer customers than the minimum is never named', () => {
  const canary = 'pill_bottle';
  const readable = 'pill bottle';
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-small-themes-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    await createSyntheticShop({
      prisma: database.prisma,
      directory,
      customers: 120,
      rareTheme: { customers: 1, photosEach: 4, label: canary },
    });
    server = await startFakeOpenAiServer();
    config = loadConfig({
      ...process.env,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: server.baseUrl,
      TAKUMI_HOME: directory,
    });
  });

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('keeps it out of segment labels, index lists, campaign drafts, theme descriptions and the answer', async () => {
    const ids = [0, 1, 2, 3, 4, 5];
    server.enqueue(
      { toolCalls: [{ name: 'run_segmentation', arguments: { dataset: 'shop', themes: 4 } }] },
      {
        toolCalls: [
          ...ids.map((id) => ({ name: 'describe_cluster', arguments: { kind: 'segment', id } })),
          ...ids.map((segment) => ({ name: 'draft_campaign', arguments: { segment } })),
          ...[0, 1, 2, 3].map((id) => ({ name: 'describe_cluster', arguments: { kind: 'theme', id } })),
        ],
      },
      { content: 'セグメントの特徴をまとめました。' },
    );
    const result = await answerQuestion({
      question: '各セグメントがよく投稿する写真と、キャンペーン案を全部教えて',
      tools: allTools,
      prisma: database.prisma,
      config,
      logger: { info: () => {}, warn: () => {}, error: () => {} },
      defaultDataset: 'shop',
    });

    // The attack is real: the run found the one-customer theme, and a segment over-indexes on it.
    const segmentation = result.toolCalls[0]!.data as RunSegmentationData;
    const rare = segmentation.themes.find((theme) => theme.name.includes(readable));
    expect(rare, 'the planted theme was found').toBeDefined();
    expect(rare!.customers).toBeLessThan(config.minimumGroupSize);
    const column = `theme_${rare!.id}_share`;
    expect(
      segmentation.segments.some((segment) =>
        segment.features.some((feature) => feature.name === column && (feature.lift ?? 0) > 1),
      ),
    ).toBe(true);
    expect(result.toolCalls.filter((call) => call.name === 'describe_cluster' && call.ok).length).toBeGreaterThan(2);
    expect(result.toolCalls.filter((call) => call.name === 'draft_campaign' && call.ok).length).toBeGreaterThan(1);
    // The theme's own description is withheld like any small group.
    const themeCall = result.toolCalls.find(
      (call) => call.name === 'describe_cluster' && call.arguments.kind === 'theme' && call.arguments.id === rare!.id,
    );
    expect(themeCall?.outcome).toBe('withheld');

    expect(server.requests).toHaveLength(3);
    const seen = [
      ...server.requests.map((request) => request.body),
      result.answer,
      ...result.toolCalls.flatMap((call) => [call.content, call.presentation ?? '']),
    ];
    for (const text of seen) {
      expect(text.toLowerCase()).not.toContain(readable);
      expect(text.toLowerCase()).not.toContain(canary);
      // Not even its id, with the lift that would point at the one customer.
      expect(text).not.toMatch(new RegExp(`T${rare!.id}(?!\\d)[^\\n]{0,12}×`));
    }
    // Larger themes are still named: the rule withholds only what it must.
    expect(server.requests[1]!.body).toMatch(/golden retriever|pizza|sports car/);
  }, 180_000);
});
