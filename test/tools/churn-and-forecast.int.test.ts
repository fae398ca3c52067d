import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { formatMoney } from '../../src/core/format/format-money.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { assessChurnRiskTool, type ChurnRiskData } from '../../src/tools/churn-risk/assess-churn-risk-tool.ts';
import {
  forecastRevenueTool,
  type ForecastRevenueData,
} from '../../src/tools/revenue-forecast/forecast-revenue-tool.ts';
import type { ToolContext } from '../../src/tools/takumi-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer, type RecordedRequest } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';

const dayMilliseconds = 86_400_000;
const logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('assess_churn_risk and forecast_revenue on a stored shop (real engine, planner and agent)', () => {
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
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-churn-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
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

  /** Past spend and purchase days per customer straight from the stored rows (same-day purchases once). */
  async function historyByCustomer(): Promise<Map<number, { spend: number; days: Set<number> }>> {
    const rows = await database.prisma.transaction.findMany({ select: { customerId: true, date: true, amount: true } });
    const history = new Map<number, { spend: number; days: Set<number> }>();
    for (const row of rows) {
      const entry = history.get(row.customerId) ?? { spend: 0, days: new Set<number>() };
      entry.spend += row.amount;
      entry.days.add(Math.floor(row.date.getTime() / dayMilliseconds));
      history.set(row.customerId, entry);
    }
    return history;
  }

  it('applies the stated rule: the valuable count and threshold match a count from the raw rows', async () => {
    const output = await assessChurnRiskTool.run({}, contextFor());
    const history = [...(await historyByCustomer()).values()];
    const spends = history.map((entry) => entry.spend).sort((left, right) => left - right);
    // numpy-style 0.6 quantile of past spend over all buyers.
    const position = 0.6 * (spends.length - 1);
    const lower = Math.floor(position);
    const threshold = spends[lower]! + (spends[lower + 1]! - spends[lower]!) * (position - lower);
    const valuable = history.filter((entry) => entry.spend >= threshold && entry.days.size >= 2).length;
    expect(output.data.rule.valueThreshold).toBeCloseTo(threshold, 6);
    expect(output.data.valuable).toBe(valuable);
    expect(output.data.atRisk).toBeGreaterThan(0);
    expect(output.data.atRisk).toBeLessThan(valuable);
    expect(output.data.buyAgain.atRisk!).toBeLessThan(output.data.buyAgain.otherValuable!);
    expect(output.summary).toContain(`${output.data.atRisk} of ${valuable} valuable customers are at risk`);
    expect(assessChurnRiskTool.present!(output.data, 'ja')).toContain(
      `解約リスクのある優良顧客は ${output.data.atRisk}人`,
    );
    // Segments with fewer at-risk customers than the minimum group size are never listed.
    for (const entry of output.data.segments) expect(entry.atRisk).toBeGreaterThanOrEqual(config.minimumGroupSize);
    for (const group of output.data.groups) expect(group.size).toBeGreaterThanOrEqual(config.minimumGroupSize);
  }, 60_000);

  it('breaks the risk down by segment with drivers and a chart when the groups are large enough', async () => {
    const output = await assessChurnRiskTool.run({}, contextFor({ config: { ...config, minimumGroupSize: 3 } }));
    expect(output.data.describable).toBe(true);
    expect(output.data.segments.length).toBeGreaterThan(0);
    const total = output.data.segments.reduce((sum, entry) => sum + entry.atRisk, 0);
    expect(total + output.data.withheldSegments).toBeLessThanOrEqual(output.data.atRisk + output.data.withheldSegments);
    // The at-risk customers have, by construction, gone longer without buying than the other valuable ones.
    const recency = output.data.drivers.find((driver) => driver.measure === 'daysSinceLastPurchase');
    expect(recency!.atRisk).toBeGreaterThan(recency!.otherValuable);
    expect(output.charts.map((chart) => chart.kind)).toEqual(['churn-risk']);
    expect(output.summary).toMatch(/By segment: [^\n]*[（(]S\d+[）)]/);
  }, 60_000);

  it('checks itself against a churn-like 0/1 column when the dataset has one', async () => {
    // Mark as churned whoever has not bought in the last 60 days: a column a shop might keep.
    const history = await database.prisma.transaction.groupBy({ by: ['customerId'], _max: { date: true } });
    const last = Math.max(...history.map((row) => row._max.date!.getTime()));
    for (const row of history) {
      const customer = await database.prisma.customer.findUniqueOrThrow({ where: { id: row.customerId } });
      const attributes = JSON.parse(customer.attributes) as Record<string, unknown>;
      attributes.is_churned = last - row._max.date!.getTime() > 60 * dayMilliseconds ? 1 : 0;
      await database.prisma.customer.update({
        where: { id: row.customerId },
        data: { attributes: JSON.stringify(attributes) },
      });
    }
    const output = await assessChurnRiskTool.run({}, contextFor());
    expect(output.data.churnColumn?.name).toBe('is_churned');
    // Fewer expected purchases go with a long silence: the ranking must agree with the column.
    expect(output.data.churnColumn!.auc!).toBeGreaterThan(0.7);
    expect(output.summary).toContain('"is_churned" column');
  }, 60_000);

  it('forecasts next month from the existing customers with a range, next to the latest month', async () => {
    const output = await forecastRevenueTool.run({ periodMonths: 1 }, contextFor());
    const { revenue, purchases, pastRevenue } = output.data;
    expect(revenue.low).toBeLessThan(revenue.expected);
    expect(revenue.high).toBeGreaterThan(revenue.expected);
    expect(Math.abs(revenue.simulatedMean / revenue.expected - 1)).toBeLessThan(0.05);
    expect(purchases.expected).toBeGreaterThan(0);
    // The latest period is the 4.345 weeks before the as-of date (the day after the last purchase).
    const rows = await database.prisma.transaction.findMany({ select: { date: true, amount: true } });
    const lastDay = Math.max(...rows.map((row) => Math.floor(row.date.getTime() / dayMilliseconds)));
    const asOf = (lastDay + 1) * dayMilliseconds;
    const start = asOf - 4.345 * 7 * dayMilliseconds;
    const latest = rows
      .filter((row) => row.date.getTime() > start && row.date.getTime() <= asOf)
      .reduce((sum, row) => sum + row.amount, 0);
    expect(pastRevenue.at(-1)).toBeCloseTo(latest, 6);
    expect(output.charts.map((chart) => chart.kind)).toEqual(['revenue-forecast']);
    const again = await forecastRevenueTool.run({ periodMonths: 1 }, contextFor({ chartFonts: null }));
    expect(again.data.revenue).toEqual(revenue);
  }, 60_000);

  it('answers 「解約しそうな顧客は？」 and 「来月の売上は？」 offline through the planner', async () => {
    const ask = (question: string) =>
      answerQuestion({ question, tools: allTools, prisma: database.prisma, config, logger, chartFonts: fonts });
    const churn = await ask('解約しそうな顧客は？');
    expect(churn.mode).toBe('offline');
    expect(churn.toolCalls.map((call) => [call.name, call.ok])).toEqual([['assess_churn_risk', true]]);
    const churnData = churn.toolCalls[0]!.data as ChurnRiskData;
    expect(churn.answer).toContain(`解約リスクのある優良顧客は ${churnData.atRisk}人`);
    expect(churn.answer).not.toMatch(/recency_days|\bT\d\b/);
    const forecast = await ask('来月の売上はどのくらいになりそう？');
    expect(forecast.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['forecast_revenue', { periodMonths: 1 }],
    ]);
    const forecastData = forecast.toolCalls[0]!.data as ForecastRevenueData;
    expect(forecast.answer).toContain(
      `来月の売上予測は ${formatMoney(forecastData.revenue.expected, forecastData.currency, 'ja')}`,
    );
    const english = await ask('What will revenue be over the next 3 months?');
    expect(english.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['forecast_revenue', { periodMonths: 3 }],
    ]);
    expect(english.answer).toContain('Revenue the next 3 months is forecast at');
  }, 120_000);

  it('lets the model call both tools with schema-valid arguments and answer with their numbers', async () => {
    const lastToolText = (request: RecordedRequest): string =>
      String(request.json?.messages?.filter((message) => message.role === 'tool').at(-1)?.content ?? '');
    server.enqueue(
      { toolCalls: [{ name: 'assess_churn_risk', arguments: { periodMonths: 3 } }] },
      { toolCalls: [{ name: 'forecast_revenue', arguments: { periodMonths: 1 } }] },
      (request) => {
        const texts = (request.json?.messages ?? [])
          .filter((message) => message.role === 'tool')
          .map((m) => String(m.content));
        const risk = /(\d+) of (\d+) valuable customers are at risk/.exec(texts.join('\n'));
        const revenue = /expected revenue (\S+), \d+% range/.exec(lastToolText(request));
        return {
          content:
            risk && revenue
              ? `優良顧客${risk[2]}人のうち${risk[1]}人に解約リスクがあります。来月の売上は約${revenue[1]}の見込みです。`
              : '結果を読めませんでした。',
        };
      },
    );
    const result = await answerQuestion({
      question: '解約しそうな優良顧客と来月の売上見込みを教えて',
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl },
      logger,
      chartFonts: fonts,
    });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([
      ['assess_churn_risk', true],
      ['forecast_revenue', true],
    ]);
    expect(assessChurnRiskTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    expect(forecastRevenueTool.schema.safeParse(result.toolCalls[1]!.arguments).success).toBe(true);
    const churn = result.toolCalls[0]!.data as ChurnRiskData;
    const forecast = result.toolCalls[1]!.data as ForecastRevenueData;
    expect(result.answer).toContain(`優良顧客${churn.valuable}人のうち${churn.atRisk}人`);
    expect(result.answer).toContain(
      `来月の売上は約${formatMoney(forecast.revenue.expected, forecast.currency, 'en')}の見込み`,
    );
    const offered = JSON.stringify(server.requests[0]!.json?.tools ?? []);
    expect(offered).toContain('assess_churn_risk');
    expect(offered).toContain('forecast_revenue');
    for (const request of server.requests) for (const canary of canaries) expect(request.body).not.toContain(canary);
  }, 120_000);
});
