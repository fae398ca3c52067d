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
import type { EstimateRoiData } from '../../src/tools/estimate-roi/estimate-roi-tool.ts';
import { estimateRoiTool } from '../../src/tools/estimate-roi/estimate-roi-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import type { ToolContext } from '../../src/tools/takumi-tool.ts';
import { whatIfTool, type WhatIfData } from '../../src/tools/what-if/what-if-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('simulate_what_if on a stored shop (real engine, planner and agent)', () => {
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

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-what-if-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    ({ canaries } = await createSyntheticShop({ prisma: database.prisma, directory }));
    server = await startFakeOpenAiServer();
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
    fonts = setUpChartFonts({ home: directory });
    await runSegmentationTool.run({}, contextFor({ chartFonts: null }));
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('agrees with estimate_roi on the base case and simulates a range around it, reproducibly', async () => {
    const input = { segment: 0, discountRate: 0.2 };
    const output = await whatIfTool.run(input, contextFor());
    const roi = await estimateRoiTool.run(input, contextFor({ chartFonts: null }));
    const base = (roi.data as EstimateRoiData).estimates[0]!.estimate;
    expect(output.data.baseRoi).toBeCloseTo(base.base.roi, 12);
    expect(output.data.contacts).toBe(base.targeting.contacts);
    const { outcome } = output.data;
    // The simulation averages to the model's base case (its response median is the base 2 %).
    expect(Math.abs(outcome.incrementalRevenue.median / base.base.incrementalRevenue - 1)).toBeLessThan(0.15);
    expect(outcome.netReturn.low).toBeLessThan(outcome.netReturn.high);
    expect(outcome.sensitivity[0]!.assumption).toBe('incrementalResponse');
    expect(output.charts.map((chart) => chart.kind)).toEqual(['what-if']);
    const again = await whatIfTool.run(input, contextFor({ chartFonts: null }));
    expect(again.data.outcome).toEqual(outcome);
  }, 120_000);

  it('answers 「もし20%割引をセグメント2に出したら？」 offline with the simulated range', async () => {
    const ask = (question: string) =>
      answerQuestion({ question, tools: allTools, prisma: database.prisma, config, logger, chartFonts: null });
    const japanese = await ask('もし20%割引をセグメント1に出したら？');
    expect(japanese.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['simulate_what_if', { segment: 1, discountRate: 0.2 }],
    ]);
    const data = japanese.toolCalls[0]!.data as WhatIfData;
    const money = (amount: number) => formatMoney(amount, data.currency, 'ja');
    expect(japanese.answer).toContain(`に20%割引を出したら（${data.contacts}人に案内`);
    expect(japanese.answer).toContain(
      `• 利益（粗利の増加 − 費用）: ${money(data.outcome.netReturn.mean)}（${money(data.outcome.netReturn.low)}〜${money(data.outcome.netReturn.high)}）`,
    );
    expect(japanese.answer).toContain('結果をいちばん左右する前提は「施策で増える反応率」です。');
    expect(japanese.answer).not.toMatch(/recency_days|\bT\d\b|「S\d/u);
    const english = await ask('What if we spend 300,000 yen on segment 0?');
    expect(english.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['simulate_what_if', { segment: 0, totalCost: 300000, costCurrency: 'JPY' }],
    ]);
    expect(english.answer).toContain('What if');
    expect(english.answer).toContain('Chance it pays back:');
  }, 120_000);

  it('lets the model call it with schema-valid arguments and answer with its numbers', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'simulate_what_if', arguments: { segment: 1, discountRate: 0.2 } }] },
      (request) => {
        const text = String(request.json?.messages?.filter((message) => message.role === 'tool').at(-1)?.content ?? '');
        const net = /net return \(incremental margin − cost\) mean (\S+) \(90% interval (\S+) to (\S+)\)/u.exec(text);
        return { content: net ? `利益は平均${net[1]}、90%の幅は${net[2]}〜${net[3]}です。` : '読めませんでした' };
      },
    );
    const result = await answerQuestion({
      question: 'もしセグメント1に20%割引を出したら？',
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl },
      logger,
      chartFonts: null,
    });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([['simulate_what_if', true]]);
    expect(whatIfTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    const data = result.toolCalls[0]!.data as WhatIfData;
    const money = (amount: number) => formatMoney(amount, data.currency, 'en');
    expect(result.answer).toBe(
      `利益は平均${money(data.outcome.netReturn.mean)}、90%の幅は${money(data.outcome.netReturn.low)}〜${money(data.outcome.netReturn.high)}です。`,
    );
    for (const request of server.requests) for (const canary of canaries) expect(request.body).not.toContain(canary);
  }, 120_000);
});
