import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { formatMoney } from '../../src/core/format/format-money.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import {
  compareSegmentsTool,
  type CompareSegmentsData,
} from '../../src/tools/compare-segments/compare-segments-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { internalNames } from '../support/internal-names.ts';
import { englishRuns } from '../support/english-runs.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('compare_segments on a stored shop (real engine, planner and agent)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let fonts: ChartFonts;
  const ask = (question: string, chartFonts: ChartFonts | null = null) =>
    answerQuestion({ question, tools: allTools, prisma: database.prisma, config, logger, chartFonts });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-compare-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    await createSyntheticShop({ prisma: database.prisma, directory });
    server = await startFakeOpenAiServer();
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
    fonts = setUpChartFonts({ home: directory });
    await runSegmentationTool.run(
      {},
      {
        prisma: database.prisma,
        config,
        defaultDataset: 'shop',
        language: 'ja',
        chartDirectory: directory,
        chartFonts: null,
        logger,
      },
    );
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('answers 「S1とS2の違いは？」 offline with both segments, their numbers and a chart', async () => {
    const result = await ask('S1とS2の違いは？', fonts);
    expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['compare_segments', { first: 1, second: 2 }],
    ]);
    const data = result.toolCalls[0]!.data as CompareSegmentsData;
    // The sizes add up to the stored segmentation's.
    const segmentation = await ask('セグメントに分けて');
    const sizes = (segmentation.toolCalls[0]!.data as { segments: { size: number }[] }).segments.map((s) => s.size);
    expect([data.first.summary.size, data.second.summary.size]).toEqual([sizes[1], sizes[2]]);
    expect(result.answer).toContain(data.first.name.ja);
    expect(result.answer).toContain(data.second.name.ja);
    expect(result.answer).toContain(formatMoney(data.first.summary.revenue, 'JPY', 'ja'));
    expect(result.answer).toContain(formatMoney(data.second.summary.revenue, 'JPY', 'ja'));
    expect(result.answer).toContain('大きな違い:');
    expect(englishRuns(result.answer, ['shop'])).toEqual([]);
    expect(internalNames(result.answer, ['shop'])).toEqual([]);
    expect(result.charts).toHaveLength(1);
    expect(result.charts[0]!.title).toBe(result.answer.match(/• ([^\n]+)。/u)?.[1]);
  }, 120_000);

  it('compares two photo themes by number in Japanese and by word in English', async () => {
    const japanese = await ask('テーマ0とテーマ1の違いは？');
    expect(japanese.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['compare_segments', { kind: 'theme', first: 0, second: 1 }],
    ]);
    const data = japanese.toolCalls[0]!.data as CompareSegmentsData;
    expect([data.kind, data.first.id, data.second.id]).toEqual(['theme', 0, 1]);
    expect(japanese.answer).toContain(`• 人数: ${data.first.summary.size}人`);
    expect(japanese.answer).toContain(data.first.name.ja);
    expect(internalNames(japanese.answer, ['shop'])).toEqual([]);
    // The synthetic photos' labels: T0 is the sports-car theme, and a pizza theme is among the others.
    const english = await ask('compare the sports car theme and the pizza theme');
    const words = english.toolCalls[0]!.data as CompareSegmentsData;
    expect([words.kind, words.first.id]).toEqual(['theme', 0]);
    expect(words.second.name.en).toContain('pizza');
    expect(english.answer).toContain('Biggest differences:');
  }, 120_000);

  it('refuses the same segment twice and an unknown theme word with what to send', async () => {
    const context = {
      prisma: database.prisma,
      config,
      defaultDataset: 'shop',
      language: 'en' as const,
      chartDirectory: directory,
      chartFonts: null,
      logger,
    };
    await expect(compareSegmentsTool.run({ first: 1, second: 1 }, context)).rejects.toMatchObject({
      code: 'TOOL_COMPARE_SAME_GROUP',
    });
    await expect(
      compareSegmentsTool.run({ kind: 'theme', first: 'dog', second: 'unicorn' }, context),
    ).rejects.toMatchObject({ code: 'TOOL_THEME_UNKNOWN' });
  }, 60_000);

  it('lets the model call it with schema-valid arguments and answer with its numbers', async () => {
    server.enqueue({ toolCalls: [{ name: 'compare_segments', arguments: { first: 0, second: 2 } }] }, (request) => {
      const text = (request.json?.messages ?? [])
        .filter((message) => message.role === 'tool')
        .map((message) => String(message.content))
        .join('\n');
      const sizes = [...text.matchAll(/: (\d+) customers \(/gu)].map((match) => match[1]);
      return { content: `S0は${sizes[0]}人、S2は${sizes[1]}人です。` };
    });
    const result = await answerQuestion({
      question: 'S0とS2はどう違う？',
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl },
      logger,
      chartFonts: null,
    });
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([['compare_segments', true]]);
    expect(compareSegmentsTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    const data = result.toolCalls[0]!.data as CompareSegmentsData;
    expect(result.answer).toContain(`S0は${data.first.summary.size}人、S2は${data.second.summary.size}人です。`);
  }, 120_000);
});
