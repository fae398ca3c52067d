import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerQuestion, type AnswerResult } from '../../src/agent/answer-question.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { importDataset } from '../../src/data/ingest/import-dataset.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import type { DeclaredGroup } from '../../src/tools/declared-group.ts';
import type { RunSegmentationData } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import type { TakumiTool, ToolContext } from '../../src/tools/takumi-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl, testDatabaseEngine } from '../support/test-database.ts';

/**
 * The attack of issue 11 item 3, from the attacker's side: describe a population, let one more
 * customer in (an import into the same dataset, or a second dataset of the same customers), describe
 * again and subtract. The planted customer's spend must not be recoverable; ordinary use (the same
 * question twice, an unchanged re-import, growth by at least the minimum) must keep working.
 */
describe(`differencing attacks (${testDatabaseEngine})`, () => {
  /** The planted customer's whole spend: one purchase of an amount no one else has. */
  const canary = 7_531.29;
  const silent = { info: () => {}, warn: () => {}, error: () => {} };
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let databaseUrl: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-differencing-'));
    databaseUrl = await makeTestDatabaseUrl(directory);
    database = await openDatabase({ databaseUrl });
    await createSyntheticShop({ prisma: database.prisma, directory, customers: 120 });
    server = await startFakeOpenAiServer();
    config = loadConfig({
      ...process.env,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: server.baseUrl,
      TAKUMI_HOME: directory,
    });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  /** One question in which the scripted model calls `calls`, then answers. */
  async function ask(calls: { name: string; arguments: unknown }[], tools: readonly TakumiTool[] = allTools) {
    server.enqueue({ toolCalls: calls }, { content: 'まとめました。' });
    return answerQuestion({
      question: 'セグメントを教えて',
      tools,
      prisma: database.prisma,
      config,
      logger: silent,
      defaultDataset: 'shop',
    });
  }

  /** What an attacker adds up from a segmentation answer: Σ segment size × mean total spend. */
  function totalSpend(data: RunSegmentationData): number {
    return data.segments.reduce((sum, segment) => sum + segment.size * segment.meanRfm.monetary, 0);
  }

  /** Files of `count` new customers, each with one purchase (the first of `canary`). */
  async function newCustomers(name: string, count: number, first = canary) {
    const ids = Array.from({ length: count }, (_, index) => `${name}-${index}`);
    await writeFile(path.join(directory, `${name}-customers.csv`), ['customer_id', ...ids].join('\n'));
    await writeFile(
      path.join(directory, `${name}-transactions.csv`),
      ['customer_id,date,amount', ...ids.map((id, index) => `${id},2026-03-10,${index === 0 ? first : 40}`)].join('\n'),
    );
    return {
      customersFile: path.join(directory, `${name}-customers.csv`),
      transactionsFile: path.join(directory, `${name}-transactions.csv`),
    };
  }

  function seen(result: AnswerResult): string[] {
    return [
      ...server.requests.map((request) => request.body),
      result.answer,
      ...result.toolCalls.flatMap((call) => [call.content, call.presentation ?? '', JSON.stringify(call.data ?? null)]),
    ];
  }

  function toolContext(): ToolContext {
    return {
      prisma: database.prisma,
      config,
      defaultDataset: 'shop',
      language: 'ja',
      chartDirectory: path.join(directory, 'charts'),
      chartFonts: null,
      logger: silent,
    };
  }

  let before: RunSegmentationData;

  it('describes the shop, and the same question again, as usual', async () => {
    const first = await ask([{ name: 'run_segmentation', arguments: { dataset: 'shop' } }]);
    expect(first.toolCalls[0]!.outcome).toBe('succeeded');
    before = first.toolCalls[0]!.data as RunSegmentationData;
    expect(before.customerCount).toBe(120);
    // The groups handed on carry sizes only, never the member ids the check used.
    expect(JSON.stringify(before.groups)).not.toContain('members');
    const again = await ask([
      { name: 'run_segmentation', arguments: { dataset: 'shop' } },
      { name: 'describe_cluster', arguments: { kind: 'segment', id: 0 } },
      { name: 'forecast_revenue', arguments: {} },
    ]);
    expect(again.toolCalls.map((call) => call.outcome)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(totalSpend(again.toolCalls[0]!.data as RunSegmentationData)).toBeCloseTo(totalSpend(before), 6);
  }, 180_000);

  it('re-importing the unchanged files changes nothing and is answered', async () => {
    await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      customersFile: path.join(directory, 'customers.csv'),
      transactionsFile: path.join(directory, 'transactions.csv'),
    });
    const result = await ask([{ name: 'run_segmentation', arguments: { dataset: 'shop' } }]);
    expect(result.toolCalls[0]!.outcome).toBe('succeeded');
  }, 180_000);

  it('refuses the answer after one planted customer is imported, which would give that customer’s spend', async () => {
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      ...(await newCustomers('planted', 1)),
    });
    expect(report.rowErrors).toEqual([]);

    // Without the check the attack works: the tool's own answer on the new data, minus the first one.
    const unchecked = (await runSegmentationTool.run({ dataset: 'shop' }, toolContext())).data;
    expect(unchecked.customerCount).toBe(121);
    const recovered = totalSpend(unchecked) - totalSpend(before);
    expect(Math.abs(recovered - canary) / canary).toBeLessThan(0.001);

    // Through Takumi: the new run, its segments and the forecast are all refused, in the asker's language.
    server.requests.length = 0;
    const result = await ask([
      { name: 'run_segmentation', arguments: { dataset: 'shop' } },
      { name: 'describe_cluster', arguments: { kind: 'segment', id: 0 } },
      { name: 'forecast_revenue', arguments: {} },
      { name: 'estimate_roi', arguments: {} },
    ]);
    expect(result.toolCalls.map((call) => call.outcome)).toEqual(['withheld', 'withheld', 'withheld', 'withheld']);
    expect(result.toolCalls[0]!.content).toMatch(/以前お答えした顧客グループと\d+人しか違わず/);
    expect(result.toolCalls[0]!.content).toContain('20人以上増える');
    expect(result.toolCalls[0]!.data).toBeUndefined();
    expect(result.charts).toEqual([]);
    const amount = new RegExp(['7,?531', '7531', '7\\.53'].join('|'));
    for (const text of seen(result)) expect(text).not.toMatch(amount);

    // The old run is still the old population: describing it again is the same answer, and allowed.
    const old = await ask([{ name: 'describe_cluster', arguments: { kind: 'segment', id: 0, runId: before.runId } }]);
    expect(old.toolCalls[0]!.outcome).toBe('succeeded');
  }, 240_000);

  it('refuses a second dataset of the same customers plus one (the class, not only the re-import)', async () => {
    const copy = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop-copy',
      customersFile: path.join(directory, 'customers.csv'),
      transactionsFile: path.join(directory, 'transactions.csv'),
    });
    expect(copy.rowErrors).toEqual([]);
    await importDataset({ prisma: database.prisma, datasetName: 'shop-copy', ...(await newCustomers('copy', 1)) });
    const result = await ask([{ name: 'run_segmentation', arguments: { dataset: 'shop-copy' } }]);
    expect(result.toolCalls[0]!.outcome).toBe('withheld');
    // The English asker is told in English.
    server.enqueue(
      { toolCalls: [{ name: 'forecast_revenue', arguments: { dataset: 'shop-copy' } }] },
      { content: 'Done.' },
    );
    const english = await answerQuestion({
      question: 'What will we sell next month?',
      tools: allTools,
      prisma: database.prisma,
      config,
      logger: silent,
      defaultDataset: 'shop-copy',
    });
    expect(english.toolCalls[0]!.outcome).toBe('withheld');
    expect(english.toolCalls[0]!.content).toMatch(/differs from one already described by only 1 customer/);
  }, 240_000);

  it('answers again once the base has grown by at least the minimum group size', async () => {
    await importDataset({ prisma: database.prisma, datasetName: 'shop', ...(await newCustomers('growth', 20, 55)) });
    // Everyone now differs from every earlier "everyone" by 20 or more: the forecast is answered again.
    // (Segments of a new run are compared one by one, so each must have changed by 20 or more too.)
    const result = await ask([{ name: 'forecast_revenue', arguments: {} }]);
    expect(result.toolCalls[0]!.outcome).toBe('succeeded');
    expect(result.toolCalls[0]!.content).not.toMatch(/7,?531/);
  }, 240_000);

  it('refuses overlapping groups that differ by a few customers, within one answer and across answers', async () => {
    // A breakdown tool of the kind the analyses add: a segment and the segment without its photo posters.
    const customers = await database.prisma.customer.findMany({
      where: { dataset: { name: 'shop' } },
      select: { id: true, _count: { select: { photos: true } } },
      orderBy: { id: 'asc' },
    });
    const segment = customers.slice(0, 60).map((customer) => customer.id);
    const group = (label: string, members: number[]): DeclaredGroup => ({ label, size: members.length, members });
    const breakdown: TakumiTool<{ without: number }, { groups: DeclaredGroup[] }> = {
      name: 'breakdown',
      description: 'Spend of a group and of the group without some customers.',
      schema: z.object({ without: z.number().int().min(0) }),
      async run(input) {
        const groups = [group('S', segment)];
        if (input.without > 0) groups.push(group('S minus some', segment.slice(input.without)));
        return { summary: `Spend of ${groups.length} group(s).`, data: { groups }, charts: [] };
      },
    };
    const sameOutput = await ask([{ name: 'breakdown', arguments: { without: 3 } }], [breakdown]);
    expect(sameOutput.toolCalls[0]!.outcome).toBe('withheld');
    const alone = await ask([{ name: 'breakdown', arguments: { without: 0 } }], [breakdown]);
    expect(alone.toolCalls[0]!.outcome).toBe('succeeded');
    const far = await ask([{ name: 'breakdown', arguments: { without: 25 } }], [breakdown]);
    expect(far.toolCalls[0]!.outcome).toBe('succeeded');
    // S was described above: S without 2 of its customers, asked on its own later, is refused.
    const later: TakumiTool<Record<string, never>, { groups: DeclaredGroup[] }> = {
      name: 'later',
      description: 'A group described in a later question.',
      schema: z.object({}),
      async run() {
        return {
          summary: 'Spend of one group.',
          data: { groups: [group('S minus two', segment.slice(2))] },
          charts: [],
        };
      },
    };
    const across = await ask([{ name: 'later', arguments: {} }], [later]);
    expect(across.toolCalls[0]!.outcome).toBe('withheld');
    // Counted-only groups (a theme's posters) are not compared: their counts give no one's values.
    const counted: TakumiTool<Record<string, never>, { groups: DeclaredGroup[] }> = {
      name: 'counted',
      description: 'Counts only.',
      schema: z.object({}),
      async run() {
        return {
          summary: 'Counts.',
          data: { groups: [{ label: 'posters', size: 58, members: 'counted' }] },
          charts: [],
        };
      },
    };
    expect((await ask([{ name: 'counted', arguments: {} }], [counted])).toolCalls[0]!.outcome).toBe('succeeded');
  }, 240_000);

  it('remembers what was described in the database, so another connection (process, restart) refuses too', async () => {
    const other = await openDatabase({ databaseUrl });
    try {
      server.enqueue(
        { toolCalls: [{ name: 'run_segmentation', arguments: { dataset: 'shop-copy' } }] },
        { content: 'ok' },
      );
      const result = await answerQuestion({
        question: 'セグメントを教えて',
        tools: allTools,
        prisma: other.prisma,
        config,
        logger: silent,
        defaultDataset: 'shop-copy',
      });
      expect(result.toolCalls[0]!.outcome).toBe('withheld');
    } finally {
      await other.close();
    }
  }, 240_000);
});
