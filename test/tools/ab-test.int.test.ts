import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { designAbTestTool, type DesignAbTestData } from '../../src/tools/design-ab-test/design-ab-test-tool.ts';
import { readAbTestTool, type ReadAbTestData } from '../../src/tools/read-ab-test/read-ab-test-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('design_ab_test and read_ab_test on a stored shop (planner and agent)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let fonts: ChartFonts;
  const ask = (question: string) =>
    answerQuestion({ question, tools: allTools, prisma: database.prisma, config, logger, chartFonts: fonts });
  const isPng = async (file: string) =>
    (await readFile(file)).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-ab-int-'));
    fonts = setUpChartFonts({ home: directory });
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    await createSyntheticShop({ prisma: database.prisma, directory });
    server = await startFakeOpenAiServer();
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
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

  it('designs a test offline: size per arm, too small for one segment, pooled proposal, duration', async () => {
    const result = await ask('セグメント0でA/Bテストの設計を。2ポイントの差を見たい');
    expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['design_ab_test', { segment: 0, minimumDetectableLift: 0.02 }],
    ]);
    const data = result.toolCalls[0]!.data as DesignAbTestData;
    // 5 % → 7 % at 80 % power, α 5 %: the pooled textbook formula gives 2,213 per arm.
    expect(data.baselineRate).toBe(0.05);
    expect(data.perArm).toBe(2213);
    expect(data.fits).toBe(false);
    expect(result.answer).toContain(`• 必要な人数: 各群2,213人、合計4,426人（対象は${data.audience}人）`);
    expect(result.answer).toContain('→ この層だけでは人数が足りません。');
    expect(result.answer).toContain('全顧客（');
    expect(result.answer).toMatch(/• 期間: \d+日間/u);
    expect(result.answer).not.toMatch(/「S\d|recency_days/u);
  }, 120_000);

  it('reads out the counts in a question offline, in Japanese and English', async () => {
    const japanese = await ask('A/Bテストの結果: 対照 2000人中120人、施策 2000人中156人');
    expect(japanese.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['read_ab_test', { controlSize: 2000, controlConversions: 120, treatmentSize: 2000, treatmentConversions: 156 }],
    ]);
    expect(japanese.answer).toContain('p値 0.0247');
    expect(japanese.answer).toContain('判定: 採用');
    const english = await ask('A/B test results: control 120 of 2000, treatment 130 of 2000');
    expect(english.answer).toContain('Decision: keep testing.');
    expect(english.answer).toMatch(/about [\d,]+ customers per arm are needed/u);
  }, 120_000);

  it('answers a readout with its chart: the decision as the title, listed in the answer, a real PNG', async () => {
    const japanese = await ask('A/Bテストの結果：対照群2000人中120人、テスト群2000人中156人が購入');
    expect(japanese.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['read_ab_test', { controlSize: 2000, controlConversions: 120, treatmentSize: 2000, treatmentConversions: 156 }],
    ]);
    expect(japanese.charts.map((chart) => [chart.kind, chart.title])).toEqual([
      ['ab-test', '施策群の勝ち：全面展開を推奨'],
    ]);
    expect(await isPng(japanese.charts[0]!.path)).toBe(true);
    // The answer says a chart is attached; its title travels with the chart (checked above).
    expect(japanese.answer).toContain('グラフを1点添付しました。');
    const data = japanese.toolCalls[0]!.data as ReadAbTestData;
    // The bands drawn are the Wilson intervals (hand-computed in test/engine/roi/wilson-interval.test.ts).
    expect(data.armIntervals.method).toBe('wilson');
    expect(data.armIntervals.control.lower).toBeCloseTo(0.05041119711431651, 12);
    expect(data.armIntervals.treatment.upper).toBeCloseTo(0.09057848177051978, 12);

    const english = await ask('A/B test results: control 120 of 2000, test 130 of 2000 bought');
    expect(english.charts.map((chart) => chart.title)).toEqual(['Too early to tell: keep testing']);
    expect(english.answer).toContain('One chart attached.');
    const worse = await ask('A/B test results: control 156 of 2000, treatment 120 of 2000');
    expect(worse.charts.map((chart) => chart.title)).toEqual(['Stop: the treatment arm does worse']);
  }, 120_000);

  it('lets the model call both with schema-valid arguments and answer with their numbers', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'design_ab_test', arguments: { segment: 1 } }] },
      {
        toolCalls: [
          {
            name: 'read_ab_test',
            arguments: { controlSize: 2000, controlConversions: 120, treatmentSize: 2000, treatmentConversions: 156 },
          },
        ],
      },
      (request) => {
        const texts = (request.json?.messages ?? [])
          .filter((message) => message.role === 'tool')
          .map((m) => String(m.content));
        const needed = /Needed: (\d+) per arm/u.exec(texts.join('\n'));
        const p = /two-sided p-value (\S+) /u.exec(texts.join('\n'));
        return { content: `各群${needed?.[1]}人必要です。結果のp値は${p?.[1]}で、採用してよいでしょう。` };
      },
    );
    const result = await answerQuestion({
      question: 'S1のA/Bテストの設計と、前回の結果の判定をして',
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl },
      logger,
      chartFonts: fonts,
    });
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([
      ['design_ab_test', true],
      ['read_ab_test', true],
    ]);
    expect(designAbTestTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    expect(readAbTestTool.schema.safeParse(result.toolCalls[1]!.arguments).success).toBe(true);
    const design = result.toolCalls[0]!.data as DesignAbTestData;
    const readout = result.toolCalls[1]!.data as ReadAbTestData;
    expect(result.answer).toContain(`各群${design.perArm}人必要です。`);
    expect(result.answer).toContain(`p値は${readout.test.pValue.toPrecision(3)}`);
    // The model's readout comes with its chart, as the offline one does (Slack attaches result.charts).
    expect(result.charts.map((chart) => [chart.kind, chart.title])).toEqual([
      ['ab-test', '施策群の勝ち：全面展開を推奨'],
    ]);
    expect(await isPng(result.charts[0]!.path)).toBe(true);
  }, 120_000);
});
