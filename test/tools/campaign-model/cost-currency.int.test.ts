import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/agent/answer-question.ts';
import { ToolRunner } from '../../../src/agent/tool-runner.ts';
import { loadConfig, type TakumiConfig } from '../../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../../src/data/database/open-database.ts';
import { allTools } from '../../../src/tools/all-tools.ts';
import type { EstimateRoiData } from '../../../src/tools/estimate-roi/result.ts';
import { runSegmentationTool } from '../../../src/tools/run-segmentation/run-segmentation-tool.ts';
import type { ToolContext } from '../../../src/tools/takumi-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../support/fake-openai-server.ts';
import { createSyntheticShop } from '../../support/synthetic-shop.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('money in the question in another currency than the dataset’s', () => {
  let directory: string;
  let database: TakumiDatabase;
  let config: TakumiConfig;
  let server: FakeOpenAiServer;
  const contextFor = (dataset: string, language: 'ja' | 'en'): ToolContext => ({
    prisma: database.prisma,
    config,
    defaultDataset: dataset,
    language,
    chartDirectory: path.join(directory, 'charts'),
    chartFonts: null,
    logger,
  });
  const ask = (question: string, dataset: string) =>
    answerQuestion({
      question,
      tools: allTools,
      prisma: database.prisma,
      config,
      logger,
      chartFonts: null,
      defaultDataset: dataset,
    });
  const roiCalls = (result: Awaited<ReturnType<typeof ask>>) =>
    result.toolCalls.filter((call) => call.name === 'estimate_roi');

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-cost-currency-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    await createSyntheticShop({ prisma: database.prisma, directory, datasetName: 'yen-shop', customers: 120 });
    await createSyntheticShop({
      prisma: database.prisma,
      directory: path.join(directory, 'usd'),
      datasetName: 'usd-shop',
      customers: 120,
    });
    await database.prisma.dataset.update({ where: { name: 'usd-shop' }, data: { currency: 'USD' } });
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
    server = await startFakeOpenAiServer();
    await runSegmentationTool.run({ dataset: 'yen-shop' }, contextFor('yen-shop', 'ja'));
    await runSegmentationTool.run({ dataset: 'usd-shop' }, contextFor('usd-shop', 'ja'));
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it.each([
    ['$2,000の予算でROIが出る層は？', 'yen-shop', '予算$2,000', '日本円（JPY）'],
    ['2万ドルの予算でセグメント1のROIは？', 'yen-shop', '予算$20,000', '日本円（JPY）'],
    ['ROI for segment 0 if we spend 2,000 dollars', 'yen-shop', 'cost of $2,000', 'Japanese yen (JPY)'],
    ['What is the ROI of segment 1 at ¥300 per contact?', 'usd-shop', 'cost per contact of ¥300', 'US dollars (USD)'],
  ])(
    '%s on %s: no ROI, the dataset’s currency named, the amount asked for again',
    async (question, dataset, quoted, named) => {
      const result = await ask(question, dataset);
      const [call] = roiCalls(result);
      expect(call?.arguments).toMatchObject({ costCurrency: expect.stringMatching(/^(USD|JPY)$/) });
      expect(call?.ok).toBe(false);
      expect(result.answer).toContain(quoted);
      expect(result.answer).toContain(named);
      // Nothing was computed with the amount: no ROI figure, no break-even, no English inside Japanese.
      expect(result.answer).not.toMatch(/低位|損益分岐|break-even|\d% low/u);
      expect(result.answer).not.toMatch(/cannot run with these arguments|はこの引数では実行できません|costCurrency/u);
      if (/[ぁ-ん]/u.test(question)) expect(result.answer).not.toMatch(/This dataset|Please give/u);
    },
  );

  it.each([
    ['1人300円でセグメント1のROIは？', 'yen-shop', { costPerContact: 300 }],
    ['予算30万でセグメント1のROIは？', 'yen-shop', { budget: 300_000 }],
    ['ROI of segment 1 at $2 per contact', 'usd-shop', { costPerContact: 2 }],
  ])('%s on %s: computed with the amount as given', async (question, dataset, costs) => {
    const result = await ask(question, dataset);
    const [call] = roiCalls(result);
    expect(call?.ok).toBe(true);
    expect(call?.arguments).toMatchObject(costs);
    const data = call!.data as EstimateRoiData;
    const contact = data.estimates[0]!.estimate.assumptions.find(
      (entry) => entry.key === 'costPerContact' || entry.key === 'budget',
    );
    expect(contact?.source).toBe('given');
  });

  it('refuses in every tool that takes costs, in the reader’s language', async () => {
    for (const language of ['ja', 'en'] as const) {
      const runner = new ToolRunner({
        tools: allTools,
        context: contextFor('yen-shop', language),
        minimumGroupSize: 5,
      });
      for (const name of ['estimate_roi', 'draft_campaign', 'simulate_what_if']) {
        const record = await runner.run(name, { segment: 0, budget: 2000, costCurrency: 'USD' });
        expect(record.ok, name).toBe(false);
        expect(record.content).toContain('Ask the user for the amounts in JPY');
        expect(record.presentation).toContain(language === 'ja' ? '予算$2,000' : 'budget of $2,000');
        expect(record.presentation).toContain(language === 'ja' ? '日本円での金額' : 'in Japanese yen');
      }
      // The dataset's own currency, or no amount at all, passes.
      expect((await runner.run('estimate_roi', { segment: 0, budget: 2000, costCurrency: 'JPY' })).ok).toBe(true);
      expect((await runner.run('estimate_roi', { segment: 0, discountRate: 0.1, costCurrency: 'USD' })).ok).toBe(true);
    }
  });

  it('tells the model to ask for the amount in the dataset’s currency when it passes another one', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'estimate_roi', arguments: { segment: 0, budget: 2000, costCurrency: 'USD' } }] },
      (request) => {
        const text = String(request.json?.messages?.filter((message) => message.role === 'tool').at(-1)?.content ?? '');
        return { content: /Ask the user for the amounts in JPY/u.test(text) ? '円での金額を教えてください。' : text };
      },
    );
    const result = await answerQuestion({
      question: '$2,000の予算でセグメント0のROIは？',
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl },
      logger,
      chartFonts: null,
      defaultDataset: 'yen-shop',
    });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([['estimate_roi', false]]);
    expect(result.answer).toBe('円での金額を教えてください。');
  });
});
