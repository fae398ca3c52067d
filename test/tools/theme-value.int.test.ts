import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { loadSegmentationRun } from '../../src/data/analysis/load-segmentation-run.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import type { ToolContext } from '../../src/tools/takumi-tool.ts';
import { themeValueTool, type ThemeValueData } from '../../src/tools/theme-value/theme-value-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('compare_theme_value and theme descriptions (real engine, planner and agent)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let fonts: ChartFonts;
  let canaries: string[];
  const contextFor = (overrides: Partial<ToolContext> = {}): ToolContext => ({
    prisma: database.prisma,
    config,
    defaultDataset: 'shop',
    language: 'ja',
    chartDirectory: path.join(directory, 'charts'),
    chartFonts: fonts,
    logger,
    ...overrides,
  });
  const ask = (question: string, overrides: Partial<TakumiConfig> = {}) =>
    answerQuestion({
      question,
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, ...overrides },
      logger,
      chartFonts: fonts,
    });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-theme-value-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    ({ canaries } = await createSyntheticShop({ prisma: database.prisma, directory }));
    server = await startFakeOpenAiServer();
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
    fonts = setUpChartFonts({ home: directory });
    await runSegmentationTool.run({}, contextFor());
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('counts posters of each theme among the top 20% by spend exactly as the raw rows do', async () => {
    const output = await themeValueTool.run({ measure: 'spend', topShare: 0.2 }, contextFor());
    const data = output.data;
    // Independent count: spend from the transactions table, themes from the stored run's photo themes.
    const { assignments } = await loadSegmentationRun(database.prisma, 'shop');
    const rows = await database.prisma.transaction.findMany({ select: { customerId: true, amount: true } });
    const spend = new Map<number, number>();
    for (const row of rows) spend.set(row.customerId, (spend.get(row.customerId) ?? 0) + row.amount);
    const customers = await database.prisma.customer.findMany({ select: { id: true } });
    const values = customers.map((customer) => spend.get(customer.id) ?? 0).sort((a, b) => b - a);
    const threshold = values[Math.ceil(values.length * 0.2) - 1]!;
    expect(data.threshold).toBe(threshold);
    const photos = await database.prisma.photo.findMany({ select: { customerId: true, sha256: true } });
    const themesOf = new Map<number, Set<number>>();
    for (const photo of photos) {
      const theme = assignments.themeByPhoto.get(photo.sha256);
      if (theme !== undefined) themesOf.set(photo.customerId, (themesOf.get(photo.customerId) ?? new Set()).add(theme));
    }
    const valuable = [...themesOf.keys()].filter((id) => (spend.get(id) ?? 0) >= threshold);
    expect(data.photoCustomers).toBe(themesOf.size);
    expect(data.valuablePhotoCustomers).toBe(valuable.length);
    expect(data.themes.length).toBeGreaterThan(0);
    for (const row of data.themes) {
      const posters = [...themesOf].filter(([, themes]) => themes.has(row.themeId)).map(([id]) => id);
      const fromGroup = posters.filter((id) => (spend.get(id) ?? 0) >= threshold).length;
      expect(row.valuablePosters).toBe(fromGroup);
      expect(row.otherPosters).toBe(posters.length - fromGroup);
      expect(row.lift).toBeCloseTo(
        fromGroup / valuable.length / ((posters.length - fromGroup) / (themesOf.size - valuable.length)),
        12,
      );
    }
    expect(output.charts).toHaveLength(1);
    expect(output.charts[0]!.title).toMatch(/優良顧客|テーマの差は小さい/u);
  }, 120_000);

  it('answers 「高額顧客が多く投稿する写真のテーマは？」 and the English question offline through the planner', async () => {
    const japanese = await ask('高額顧客が多く投稿する写真のテーマは？');
    expect(japanese.toolCalls.map((call) => [call.name, call.ok, call.arguments.measure])).toEqual([
      ['compare_theme_value', true, 'spend'],
    ]);
    const data = japanese.toolCalls[0]!.data as ThemeValueData;
    expect(japanese.answer).toContain(`写真を投稿した顧客 ${data.photoCustomers}人のうち`);
    expect(japanese.answer).toContain(data.themes[0]!.title.ja);
    expect(japanese.answer).not.toMatch(/\bT\d+\b|theme_\d/u);
    const english = await ask('Which photo themes do our high-value customers post?');
    expect(english.toolCalls.map((call) => [call.name, call.arguments.measure])).toEqual([
      ['compare_theme_value', 'lifetimeValue'],
    ]);
    expect(english.answer).toContain('top 20% by 12-month CLV');
  }, 120_000);

  it('describes a theme by number or by what it shows, not a segment', async () => {
    const byNumber = await ask('テーマ0の特徴は？');
    expect(byNumber.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['describe_cluster', { kind: 'theme', id: 0 }],
    ]);
    const { analysis } = await loadSegmentationRun(database.prisma, 'shop');
    const word = analysis.themes[0]!.title.en.split(' ')[0]!;
    const byName = await ask(`tell me about the ${word} theme`);
    expect(byName.toolCalls.map((call) => [call.name, call.ok])).toEqual([['describe_cluster', true]]);
    expect(byName.answer).toContain(`posted by ${analysis.themes[0]!.customers} customers`);
  }, 120_000);

  it('lets the model call compare_theme_value with schema-valid arguments and answer with its numbers', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'compare_theme_value', arguments: { measure: 'behavior', behavior: 'responded' } }] },
      (request) => {
        const tool = (request.json?.messages ?? [])
          .filter((message) => message.role === 'tool')
          .map((m) => String(m.content));
        const base = /Compared among the (\d+) customers with photos \((\d+) valuable\)/u.exec(tool.join('\n'));
        return {
          content: base ? `写真を投稿した${base[1]}人のうち反応した人は${base[2]}人です。` : '読めませんでした。',
        };
      },
    );
    const result = await ask('反応した顧客はどんな写真を投稿している？', {
      openAiApiKey: 'sk-test',
      openAiBaseUrl: server.baseUrl,
    });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([['compare_theme_value', true]]);
    expect(themeValueTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    const data = result.toolCalls[0]!.data as ThemeValueData;
    expect(result.answer).toContain(
      `写真を投稿した${data.photoCustomers}人のうち反応した人は${data.valuablePhotoCustomers}人`,
    );
    for (const request of server.requests) for (const canary of canaries) expect(request.body).not.toContain(canary);
  }, 120_000);
});
