import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { exportAudienceTool, type ExportAudienceData } from '../../src/tools/export-audience/export-audience-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';

describe('export_audience (real engine, planner and agent)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let canaries: string[];
  let externalIds: string[];
  const logged: { message: string; fields: unknown }[] = [];
  const logger = {
    info: (message: string, fields?: unknown) => logged.push({ message, fields }),
    warn: () => {},
    error: () => {},
  };

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-export-'));
    database = await openDatabase({ databaseUrl: `file:${path.join(directory, 'takumi.db')}` });
    ({ canaries } = await createSyntheticShop({ prisma: database.prisma, directory }));
    externalIds = (await database.prisma.customer.findMany({ select: { externalId: true } })).map(
      (row) => row.externalId,
    );
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

  it('writes the segment’s customers locally, offline, and says nothing is uploaded without confirmation', async () => {
    const result = await answerQuestion({
      question: 'セグメント0の顧客をCSVで書き出して',
      tools: allTools,
      prisma: database.prisma,
      config,
      logger,
      chartFonts: null,
    });
    expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual([['export_audience', { segment: 0 }]]);
    const data = result.toolCalls[0]!.data as ExportAudienceData;
    const csv = await readFile(data.path, 'utf8');
    const rows = csv.trim().split('\n');
    expect(rows[0]!.replace(/^\uFEFF/u, '')).toBe('Customer ID,Segment,Total Spend,Purchases,Last Purchase');
    expect(rows).toHaveLength(data.rows + 1);
    const size = await database.prisma.customerAssignment.count({ where: { label: 0 } });
    expect(data.rows).toBe(size);
    expect(path.dirname(data.path)).toBe(path.join(directory, 'exports'));
    expect(result.answer).toContain(`${data.rows}人分のCSVを用意しました`);
    expect(result.answer).toContain('確認ボタンが押されるまでどこにもアップロードされません');
    expect(logged.some((entry) => entry.message === 'audience exported')).toBe(true);
  }, 120_000);

  it('never lets a customer id or personal value of the export reach the model', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'export_audience', arguments: { segment: 1, columns: ['email'] } }] },
      (request) => {
        const text = String(request.json?.messages?.filter((message) => message.role === 'tool').at(-1)?.content ?? '');
        const rows = /A file of (\d+) customers was prepared/u.exec(text);
        return { content: `${rows?.[1]}人分のファイルを用意しました。確認ボタンを押すとアップロードします。` };
      },
    );
    const result = await answerQuestion({
      question: 'S1の顧客リストをメールアドレス付きで書き出して',
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl },
      logger,
      chartFonts: null,
    });
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([['export_audience', true]]);
    expect(exportAudienceTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    const data = result.toolCalls[0]!.data as ExportAudienceData;
    expect(result.answer).toBe(`${data.rows}人分のファイルを用意しました。確認ボタンを押すとアップロードします。`);
    const csv = await readFile(data.path, 'utf8');
    // The file holds the ids (and the e-mails when the customer file has them); the model got none of them.
    const exported = externalIds.filter((id) => csv.includes(`\n${id},`));
    expect(exported.length).toBe(data.rows);
    const sent = server.requests.map((request) => request.body).join('\n');
    for (const id of exported)
      expect(sent).not.toMatch(new RegExp(`[^\\w-]${id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[^\\w-]`, 'u'));
    for (const canary of canaries) expect(sent).not.toContain(canary);
    expect(sent).not.toContain(data.path);
  }, 120_000);
});
