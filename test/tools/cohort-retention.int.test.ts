import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import type { ConversationTurn } from '../../src/agent/conversation-turn.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { loadPurchaseDates } from '../../src/data/analysis/load-purchase-dates.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { importDataset } from '../../src/data/ingest/import-dataset.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import {
  cohortRetentionTool,
  type CohortRetentionData,
} from '../../src/tools/cohort-retention/cohort-retention-tool.ts';
import type { ToolContext } from '../../src/tools/takumi-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };
/** The planted small cohort's one-off spend: it must never be readable from any answer. */
const canarySpend = 7_531.29;

const monthOf = (date: Date): number => date.getUTCFullYear() * 12 + date.getUTCMonth();
const keyOf = (month: number): string => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

describe('cohort_retention (real engine, database, planner and agent)', () => {
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
  const ask = (question: string, options: { model?: boolean; dataset?: string; history?: ConversationTurn[] } = {}) =>
    answerQuestion({
      question,
      tools: allTools,
      prisma: database.prisma,
      config: options.model ? { ...config, openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl } : config,
      logger,
      chartFonts: fonts,
      defaultDataset: options.dataset ?? 'shop',
      ...(options.history ? { history: options.history } : {}),
    });

  /** Imports a dataset of the given purchases (customer id, day, amount). */
  async function importPurchases(name: string, rows: [string, string, number][]) {
    const ids = [...new Set(rows.map(([id]) => id))];
    await writeFile(path.join(directory, `${name}-customers.csv`), ['customer_id', ...ids].join('\n'));
    await writeFile(
      path.join(directory, `${name}-transactions.csv`),
      ['customer_id,date,amount', ...rows.map((row) => row.join(','))].join('\n'),
    );
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: name,
      customersFile: path.join(directory, `${name}-customers.csv`),
      transactionsFile: path.join(directory, `${name}-transactions.csv`),
    });
    expect(report.rowErrors).toEqual([]);
  }

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-cohorts-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    ({ canaries } = await createSyntheticShop({ prisma: database.prisma, directory }));
    server = await startFakeOpenAiServer();
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
    fonts = setUpChartFonts({ home: directory });
    // 30 first buyers in December (20 back in January), 30 in January (10 back in February), 5 in
    // February (each with the canary spend, all back in April), 30 in March. January's buyers include
    // December's returners, so the merged January–February row is no few customers from any month's buyers.
    const tiny: [string, string, number][] = [];
    for (let index = 0; index < 30; index += 1) {
      tiny.push([`TDEC-${index}`, '2025-12-10', 40]);
      if (index < 20) tiny.push([`TDEC-${index}`, '2026-01-20', 40]);
      tiny.push([`TJAN-${index}`, '2026-01-10', 40]);
      if (index < 10) tiny.push([`TJAN-${index}`, '2026-02-15', 40]);
      tiny.push([`TMAR-${index}`, '2026-03-10', 40]);
    }
    for (let index = 0; index < 5; index += 1)
      tiny.push([`TFEB-${index}`, '2026-02-12', canarySpend], [`TFEB-${index}`, '2026-04-05', 40]);
    tiny.push(['TMAR-0', '2026-04-30', 40]);
    await importPurchases('tiny', tiny);
    await importPurchases(
      'onemonth',
      Array.from({ length: 25 }, (_, index): [string, string, number] => [
        `OM-${index}`,
        `2026-01-${10 + (index % 10)}`,
        50,
      ]),
    );
    await importPurchases(
      'few',
      Array.from({ length: 5 }, (_, index): [string, string, number] => [`FEW-${index}`, `2026-0${1 + index}-10`, 50]),
    );
    await database.prisma.dataset.create({ data: { name: 'empty', customers: { create: [{ externalId: 'E-1' }] } } });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('counts, per first-purchase month, the customers who bought again a month on exactly as the raw rows do', async () => {
    const output = await cohortRetentionTool.run({ maxCohorts: 12, monthsAfter: 6 }, contextFor());
    const data = output.data;
    expect(data.status).toBe('ok');
    // Independent count from the transactions table.
    const shop = await database.prisma.dataset.findUniqueOrThrow({ where: { name: 'shop' } });
    const rows = await database.prisma.transaction.findMany({ where: { datasetId: shop.id } });
    const first = new Map<number, number>();
    const bought = new Set<string>();
    for (const row of rows) {
      first.set(row.customerId, Math.min(first.get(row.customerId) ?? Infinity, monthOf(row.date)));
      bought.add(`${row.customerId}:${monthOf(row.date)}`);
    }
    expect(data.customers).toBe(first.size);
    expect(data.rows.reduce((sum, row) => sum + row.size, 0)).toBe(first.size);
    for (const row of data.rows) {
      const members = [...first].filter(([, month]) => row.months.includes(keyOf(month)));
      expect(row.size).toBe(members.length);
      expect(row.size).toBeGreaterThanOrEqual(config.minimumGroupSize);
      for (const cell of row.cells.filter((candidate) => candidate.status === 'observed')) {
        const retained = members.filter(([id, month]) => bought.has(`${id}:${month + cell.offset}`)).length;
        expect(cell.retained, `${row.firstMonth} +${cell.offset}`).toBe(retained);
      }
    }
    // Read in pages of 7 rows, the purchases are the same as in one page.
    const paged = await loadPurchaseDates(database.prisma, 'shop', 7);
    expect(paged).toEqual(await loadPurchaseDates(database.prisma, 'shop'));
    expect(paged).toHaveLength(rows.length);
    // Every row and all buyers together are declared, with their members.
    expect(data.groups).toHaveLength(data.rows.length + 1);
    expect(data.groups.at(-1)!.size).toBe(first.size);
    expect(output.charts).toHaveLength(1);
    expect(existsSync(output.charts[0]!.path)).toBe(true);
  }, 120_000);

  it('answers 「コホート別の継続率は？」 and the English question offline, finding first, without English or ids in Japanese', async () => {
    const japanese = await ask('コホート別の継続率は？');
    expect(japanese.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['cohort_retention', 'succeeded']]);
    const data = japanese.toolCalls[0]!.data as CohortRetentionData;
    const presentation = japanese.toolCalls[0]!.presentation!;
    const period = data.monthsPerCohort > 1 ? `時期（${data.monthsPerCohort}か月ずつ）` : '月';
    expect(presentation).toContain(`これまでに購入した${data.customers}人を、初めて買った${period}ごとに分け`);
    expect(presentation).toContain('初回購入の翌月にも買った人の割合は');
    expect(presentation).toMatch(/最も定着がよいのは20\d\d年\d+月|初めて買った月による違いはほとんどありません/u);
    expect(presentation).not.toMatch(/[A-Za-z]/u);
    expect(japanese.answer).not.toContain('cohort_retention');
    expect(japanese.charts).toHaveLength(1);
    expect(japanese.charts[0]!.title).toMatch(/定着が最もよい|翌月にも買う人/u);
    const english = await ask('How many customers come back after their first month?');
    expect(english.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['cohort_retention', 'succeeded']]);
    expect(english.answer).toContain('bought again the month after their first purchase');
    expect(english.answer).not.toMatch(/\bM\d\b|retention_|\bS\d\b/u);
  }, 120_000);

  it('answers cohorts after a segmentation in the same conversation: no group a few customers from a described one', async () => {
    const segmented = await ask('顧客層に分けて');
    expect(segmented.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['run_segmentation', 'succeeded']]);
    const cohorts = await ask('初回購入月ごとのリピート率は？', { history: segmented.history });
    expect(cohorts.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['cohort_retention', 'succeeded']]);
    // And the other way round: a segmentation and a forecast after the cohorts are still answered.
    const after = await ask('来月の売上はどのくらいになりそう？', { history: cohorts.history });
    expect(after.toolCalls.map((call) => call.outcome)).toEqual(['succeeded']);
    // Other options give other rows, still all buyers: answered too.
    const fewer = await cohortRetentionTool.run({ maxCohorts: 2, monthsAfter: 3 }, contextFor());
    expect(fewer.data.rows.reduce((sum, row) => sum + row.size, 0)).toBe(fewer.data.customers);
  }, 300_000);

  it('lets the model call cohort_retention with schema-valid arguments and answer with its numbers', async () => {
    server.enqueue({ toolCalls: [{ name: 'cohort_retention', arguments: { monthsAfter: 6 } }] }, (request) => {
      const tool = (request.json?.messages ?? []).filter((m) => m.role === 'tool').map((m) => String(m.content));
      const median = /1 month\(s\) after: median ([\d.]+%) over (\d+) rows/u.exec(tool.join('\n'));
      return {
        content: median ? `翌月にも買った人は中央値${median[1]}（${median[2]}グループ）です。` : '読めませんでした。',
      };
    });
    const result = await ask('リピート率はどのくらい？', { model: true });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['cohort_retention', 'succeeded']]);
    expect(cohortRetentionTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    const data = result.toolCalls[0]!.data as CohortRetentionData;
    const monthOne = data.findings.typical.find((typical) => typical.offset === 1)!;
    expect(result.answer).toContain(
      `翌月にも買った人は中央値${(monthOne.median * 100).toFixed(1)}%（${monthOne.cohorts}グループ）`,
    );
    for (const request of server.requests) for (const canary of canaries) expect(request.body).not.toContain(canary);
  }, 120_000);

  it('never describes a first-purchase month below the minimum: merged with its neighbour, said in words, in no request', async () => {
    const before = server.requests.length;
    server.enqueue(
      { toolCalls: [{ name: 'cohort_retention', arguments: { dataset: 'tiny' } }] },
      { content: 'まとめました。' },
    );
    const viaModel = await ask('コホート別の継続率は？', { model: true, dataset: 'tiny' });
    const offline = await ask('コホート別の継続率は？', { dataset: 'tiny' });
    for (const result of [viaModel, offline]) {
      expect(result.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['cohort_retention', 'succeeded']]);
      const data = result.toolCalls[0]!.data as CohortRetentionData;
      // February's 5 go with January (a tie with March goes to the earlier month).
      expect(data.monthsPerCohort).toBe(1);
      expect(data.rows.map((row) => [row.months, row.size])).toEqual([
        [['2025-12'], 30],
        [['2026-01', '2026-02'], 35],
        [['2026-03'], 30],
      ]);
    }
    const presentation = offline.toolCalls[0]!.presentation!;
    expect(presentation).toContain('2026年1月〜2月に初めて買った35人');
    expect(presentation).toContain(
      '2026年1月〜2月は、初めて買った人が20人に満たない月を含むため、まとめて示しています。',
    );
    expect(presentation).not.toMatch(/2026年2月に初めて買った|[^0-9,]5人/u);
    const seen = [
      ...server.requests.slice(before).map((request) => request.body),
      viaModel.answer,
      offline.answer,
      ...[viaModel, offline].flatMap((result) => result.toolCalls.map((call) => call.content)),
    ];
    for (const text of seen) {
      expect(text).not.toMatch(/(?<!–)Feb 2026:|\b5 customers|7,?531/u);
      expect(text).not.toContain('TFEB-');
    }
  }, 120_000);

  it('says plainly when there are no purchases, too few buyers or only one month, and refuses bad arguments', async () => {
    const present = async (dataset: string, language: 'ja' | 'en' = 'ja') => {
      const output = await cohortRetentionTool.run(
        cohortRetentionTool.schema.parse({}),
        contextFor({ defaultDataset: dataset, language }),
      );
      return { data: output.data, charts: output.charts, text: cohortRetentionTool.present!(output.data, language) };
    };
    const empty = await present('empty');
    expect(empty.data.status).toBe('no-purchases');
    expect(empty.text).toContain('購入履歴がないため');
    expect(empty.data.groups).toEqual([]);
    const few = await present('few');
    expect(few.data).toMatchObject({ status: 'too-few', customers: 5, rows: [], groups: [] });
    expect(few.text).toContain('プライバシー保護のため継続率は示しません');
    const one = await present('onemonth', 'en');
    expect(one.data.status).toBe('one-month');
    expect(one.text).toContain('no month after a first purchase is complete yet');
    expect(one.charts).toEqual([]);
    // Sizes only, no rates: the row is counted, not described.
    expect(one.data.groups.every((group) => group.members === 'counted')).toBe(true);

    server.enqueue(
      { toolCalls: [{ name: 'cohort_retention', arguments: { dataset: 'nope' } }] },
      { toolCalls: [{ name: 'cohort_retention', arguments: { maxCohorts: 1, monthsAfter: 1000 } }] },
      { content: 'データセット名を確認してください。' },
    );
    const bad = await ask('コホート別の継続率は？', { model: true });
    expect(bad.toolCalls.map((call) => call.outcome)).toEqual(['invalid-arguments', 'invalid-arguments']);
    expect(bad.toolCalls[0]!.content).toMatch(/No dataset is named "?nope"?/u);
    expect(bad.toolCalls[0]!.content).toContain('shop');
    expect(bad.toolCalls[1]!.content).toMatch(/maxCohorts|monthsAfter/u);
  }, 120_000);
});
