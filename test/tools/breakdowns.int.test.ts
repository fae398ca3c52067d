import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { setUpChartFonts, type ChartFonts } from '../../src/charts/font-setup.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { importDataset } from '../../src/data/ingest/import-dataset.ts';
import { createRandom } from '../../src/engine/random/create-random.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { breakDownSalesTool, type BreakDownSalesData } from '../../src/tools/break-down-sales/break-down-sales-tool.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { makeTestDatabaseUrl } from '../support/test-database.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {} };
const yen = (value: number) => `${Math.round(value).toLocaleString('ja-JP')}円`;

/** Regions and how many customers live in each: 那覇, 高知 and 松山 are each below 20, together 21. */
const regions: [string, number][] = [
  ['東京', 60],
  ['大阪', 40],
  ['福岡', 29],
  ['那覇', 8],
  ['高知', 7],
  ['松山', 6],
];

interface Row {
  customer: string;
  region: string;
  age: number;
  date: string;
  amount: number;
}

/**
 * A shop of 150 customers buying in 2025: everyone buys in three months of the year, except in July,
 * when only three customers buy (each for ¥777,777, a figure that must never be shown: July is a
 * group below the minimum). Names, e-mails and a memo column of e-mails are personal.
 */
async function writeShop(directory: string): Promise<{ rows: Row[]; canaries: string[] }> {
  const random = createRandom(7);
  const customers = ['customer_id,name,email,memo,region,age,plan'];
  const transactions = ['customer_id,date,amount'];
  const rows: Row[] = [];
  const canaries: string[] = [];
  let index = 0;
  for (const [region, count] of regions)
    for (let member = 0; member < count; member += 1, index += 1) {
      const id = `BD-${String(index).padStart(4, '0')}`;
      const age = 20 + ((index * 7) % 50);
      const name = `Qxbreak Name${index}`;
      const email = `qx.break${index}@canary-mail.test`;
      canaries.push(name, email);
      customers.push(`${id},${name},${email},contact ${email},${region},${age},${['basic', 'premium'][index % 2]}`);
      // Three random months each, so no two months have nearly the same buyers (the differencing
      // rule would rightly refuse two months whose customers differ by a few).
      const months = new Set<number>();
      while (months.size < 3) months.add(random.integer(12));
      months.delete(6);
      for (const month of months) {
        const date = `2025-${String(month + 1).padStart(2, '0')}-${String(1 + random.integer(28)).padStart(2, '0')}`;
        const amount = 1000 + random.integer(9000);
        rows.push({ customer: id, region, age, date, amount });
      }
      if (index < 3) rows.push({ customer: id, region, age, date: '2025-07-15', amount: 777_777 });
    }
  // The last purchase: 2025-12-31, so December is complete.
  rows.push({ customer: 'BD-0000', region: '東京', age: 20, date: '2025-12-31', amount: 1234 });
  for (const row of rows) transactions.push(`${row.customer},${row.date},${row.amount}`);
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, 'customers.csv'), customers.join('\n'));
  await writeFile(path.join(directory, 'transactions.csv'), transactions.join('\n'));
  await writeFile(path.join(directory, 'customers-only.csv'), customers.slice(0, 30).join('\n'));
  // Two weeks of 20 buyers each, 10 in both: together 30, only 10 more than either week alone.
  const ids = Array.from({ length: 30 }, (_, n) => `W${n}`);
  await writeFile(path.join(directory, 'weeks-customers.csv'), ['customer_id', ...ids].join('\n'));
  await writeFile(
    path.join(directory, 'weeks-transactions.csv'),
    [
      'customer_id,date,amount',
      ...ids.slice(0, 20).map((id) => `${id},2025-01-06,100`),
      ...ids.slice(10).map((id) => `${id},2025-01-19,200`),
    ].join('\n'),
  );
  // A shop with purchases but no customer columns (like CDNOW).
  await writeFile(path.join(directory, 'bare-customers.csv'), ['customer_id', 'B1', 'B2'].join('\n'));
  await writeFile(
    path.join(directory, 'bare-transactions.csv'),
    ['customer_id,date,amount', 'B1,2025-01-02,100', 'B2,2025-01-03,200'].join('\n'),
  );
  return { rows, canaries };
}

describe('break_down_sales (real database, planner and agent)', () => {
  let directory: string;
  let database: TakumiDatabase;
  let server: FakeOpenAiServer;
  let config: TakumiConfig;
  let fonts: ChartFonts;
  let rows: Row[];
  let canaries: string[];
  const ask = (question: string, overrides: Partial<TakumiConfig> = {}) =>
    answerQuestion({
      question,
      tools: allTools,
      prisma: database.prisma,
      config: { ...config, ...overrides },
      logger,
      chartFonts: fonts,
    });
  const sum = (list: Row[]) => list.reduce((total, row) => total + row.amount, 0);
  const buyers = (list: Row[]) => new Set(list.map((row) => row.customer)).size;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-breakdowns-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    ({ rows, canaries } = await writeShop(path.join(directory, 'files')));
    const report = await importDataset({
      prisma: database.prisma,
      datasetName: 'shop',
      customersFile: path.join(directory, 'files', 'customers.csv'),
      transactionsFile: path.join(directory, 'files', 'transactions.csv'),
    });
    expect(report.rowErrors).toEqual([]);
    server = await startFakeOpenAiServer();
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory, TAKUMI_MIN_GROUP_SIZE: '20' });
    fonts = setUpChartFonts({ home: directory });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('answers 「地域別の売上は？」 offline with the sums of the raw rows, small regions pooled as その他', async () => {
    const result = await ask('地域別の売上は？');
    expect(result.toolCalls.map((call) => [call.name, call.ok, call.arguments.by])).toEqual([
      ['break_down_sales', true, '地域'],
    ]);
    const data = result.toolCalls[0]!.data as BreakDownSalesData;
    expect(data.column).toBe('region');
    for (const region of ['東京', '大阪', '福岡']) {
      const own = rows.filter((row) => row.region === region);
      expect(result.answer).toContain(`• ${region}: ${yen(sum(own))}（全体の`);
      expect(result.answer).toContain(`購入客${buyers(own)}人`);
    }
    const small = rows.filter((row) => ['那覇', '高知', '松山'].includes(row.region));
    expect(result.answer).toContain(`• その他（3区分）: ${yen(sum(small))}`);
    expect(result.answer).toContain(
      `合計: ${yen(sum(rows))}・注文${rows.length.toLocaleString('ja-JP')}件・購入客150人`,
    );
    // A region below the minimum is never named, nor its figures given.
    for (const region of ['那覇', '高知', '松山']) expect(result.answer).not.toContain(region);
    expect(result.answer).toContain('売上が最も多いのは東京');
    expect(result.charts.map((chart) => chart.title)).toEqual([
      `売上は東京が最大（全体の${Math.round((sum(rows.filter((row) => row.region === '東京')) / sum(rows)) * 100)}%）`,
    ]);
  }, 120_000);

  it('answers "revenue by month" in English: every month from the raw rows, the small July merged into a neighbour', async () => {
    const result = await ask('revenue by month');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([['break_down_sales', true]]);
    const data = result.toolCalls[0]!.data as BreakDownSalesData;
    const march = rows.filter((row) => row.date.startsWith('2025-03'));
    expect(data.rows[2]).toMatchObject({ key: '2025-03', periods: 1 });
    expect(data.rows[2]!.figures).toMatchObject({
      revenue: sum(march),
      orders: march.length,
      customers: buyers(march),
    });
    expect(result.answer).toContain(`• Mar 2025: ¥${sum(march).toLocaleString('en-US')} (${march.length} orders;`);
    // July (three buyers) is never a row of its own: it is told together with June or August, whichever
    // had fewer buyers, and everything is in the total.
    const julyRow = data.rows.find((row) => row.start! <= '2025-07-01' && row.end! > '2025-07-01')!;
    expect(julyRow.periods).toBe(2);
    const span = rows.filter((row) => row.date >= julyRow.start! && row.date < julyRow.end!);
    expect(julyRow.figures).toMatchObject({ revenue: sum(span), customers: buyers(span) });
    expect(data.rows).toHaveLength(11);
    expect(data.total!.revenue).toBe(sum(rows));
    expect(result.answer).toContain(`Total: ¥${sum(rows).toLocaleString('en-US')}`);
    expect(result.answer).toContain('Months with fewer than 20 customers are shown together with a neighbouring month');
    for (const figure of ['777,777', '2,333,331']) expect(result.answer).not.toContain(figure);
    expect(result.answer).not.toMatch(/• Jul 2025:/u);
    expect(result.charts).toHaveLength(1);
  }, 120_000);

  it('bands ages in 10-year bands and counts orders by week, from the last purchase back', async () => {
    const ages = await ask('年代別の売上');
    const data = ages.toolCalls[0]!.data as BreakDownSalesData;
    expect(data.ageBands).toBe(true);
    const thirties = rows.filter((row) => row.age >= 30 && row.age < 40);
    expect(ages.answer).toContain(`• 30代: ${yen(sum(thirties))}`);
    // Twelve ISO weeks to the one holding the last purchase (Wednesday 31 December). A 150-customer
    // shop has about 10 buyers a week: such weeks are withheld (not merged, and no total is given, so
    // the weeks shown cannot be subtracted from it), said so, with the better question.
    const weekly = await ask('週ごとの注文数');
    expect(weekly.toolCalls.map((call) => [call.name, call.arguments.by, call.arguments.measure, call.ok])).toEqual([
      ['break_down_sales', 'week', 'orders', true],
    ]);
    const weeks = weekly.toolCalls[0]!.data as BreakDownSalesData;
    expect(weeks.rows).toHaveLength(12);
    expect(weeks.rows.at(-1)).toMatchObject({ start: '2025-12-29', periods: 1 });
    expect(weeks.rows.every((row) => row.figures === null)).toBe(true);
    expect(weeks.withheld.rows).toBe(12);
    expect(weeks.total).toBeNull();
    expect(weekly.answer).not.toContain('合計');
    expect(weekly.answer).toContain('購入客が20人未満の12週分は、個人が特定されないよう数字を出していません。');
    expect(weekly.answer).toContain('月別（「月別の売上推移」）で見るのがおすすめです');
  }, 120_000);

  it('lets the model call break_down_sales with schema-valid arguments; it never sees a small group or a personal value', async () => {
    server.enqueue(
      { toolCalls: [{ name: 'break_down_sales', arguments: { by: 'region', measure: 'customers' } }] },
      (request) => {
        const tool = (request.json?.messages ?? [])
          .filter((message) => message.role === 'tool')
          .map((m) => String(m.content));
        const tokyo = /- 東京: revenue (¥[\d,]+); (\d+) orders; (\d+) customers who bought/u.exec(tool.join('\n'));
        return { content: tokyo ? `東京の購入客は${tokyo[3]}人、売上は${tokyo[1]}です。` : '読めませんでした。' };
      },
    );
    const result = await ask('地域ごとに何人買っている？', { openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl });
    expect(result.mode).toBe('model');
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toEqual([['break_down_sales', true]]);
    expect(breakDownSalesTool.schema.safeParse(result.toolCalls[0]!.arguments).success).toBe(true);
    const tokyo = rows.filter((row) => row.region === '東京');
    expect(result.answer).toBe(`東京の購入客は${buyers(tokyo)}人、売上は¥${sum(tokyo).toLocaleString('en-US')}です。`);
    // The months: July (three buyers) reaches the model as withheld, with none of its figures.
    const july = rows.filter((row) => row.date.startsWith('2025-07'));
    server.enqueue(
      { toolCalls: [{ name: 'break_down_sales', arguments: { by: 'month' } }] },
      { content: '月別です。' },
    );
    const monthly = await ask('月別の売上は？', { openAiApiKey: 'sk-test', openAiBaseUrl: server.baseUrl });
    expect(monthly.toolCalls.map((call) => [call.name, call.ok])).toEqual([['break_down_sales', true]]);
    const bodies = server.requests.map((request) => request.body).join('\n');
    expect(bodies).toContain('each was merged with a neighbour for privacy');
    for (const secret of [...canaries, '那覇', '高知', '松山', '777,777', sum(july).toLocaleString('en-US')])
      expect(bodies).not.toContain(secret);
  }, 120_000);

  it('refuses a personal column (by name or by content) and an unknown one with a message a person can read', async () => {
    for (const [by, word] of [
      ['email', 'email'],
      ['memo', 'memo'],
      ['name', 'name'],
    ]) {
      const output = await ask(`${by}別の売上は？`);
      expect(output.toolCalls.map((call) => [call.name, call.ok, call.outcome])).toEqual([
        ['break_down_sales', false, 'invalid-arguments'],
      ]);
      expect(output.answer).toContain(`「${word}」は氏名や連絡先などの個人情報なので`);
      for (const canary of canaries) expect(output.answer).not.toContain(canary);
    }
    const unknown = await ask('靴のサイズ別の売上は？');
    expect(unknown.toolCalls.map((call) => [call.name, call.ok])).toEqual([['break_down_sales', false]]);
    expect(unknown.answer).toContain(
      'という顧客の項目は見つかりませんでした。分けられるのは「月」「週」のほか、地域、年代、プランです。',
    );
    await importDataset({
      prisma: database.prisma,
      datasetName: 'bare',
      customersFile: path.join(directory, 'files', 'bare-customers.csv'),
      transactionsFile: path.join(directory, 'files', 'bare-transactions.csv'),
    });
    const bare = breakDownSalesTool.run(
      { by: '地域', measure: 'revenue' },
      {
        prisma: database.prisma,
        config,
        defaultDataset: 'bare',
        language: 'ja',
        chartDirectory: path.join(directory, 'charts'),
        chartFonts: null,
        logger,
      },
    );
    await expect(bare).rejects.toMatchObject({
      code: 'TOOL_BREAKDOWN_COLUMN_UNKNOWN',
      readerMessage:
        '「地域」という顧客の項目は見つかりませんでした。このデータセットには地域や年代などの顧客の項目がないため、「月別」「週別」で分けられます。',
    });
    // The model gets the English refusal with the columns it may use instead.
    const run = breakDownSalesTool.run(
      { by: 'shoe_size', measure: 'revenue' },
      {
        prisma: database.prisma,
        config,
        defaultDataset: 'shop',
        language: 'en',
        chartDirectory: path.join(directory, 'charts'),
        chartFonts: null,
        logger,
      },
    );
    await expect(run).rejects.toMatchObject({
      code: 'TOOL_BREAKDOWN_COLUMN_UNKNOWN',
      message: expect.stringContaining('"region", "age", "plan"'),
    });
  }, 120_000);

  it('says a dataset without purchases has nothing to break down, and withholds pooled values that stay too few', async () => {
    await importDataset({
      prisma: database.prisma,
      datasetName: 'empty',
      customersFile: path.join(directory, 'files', 'customers-only.csv'),
    });
    const context = {
      prisma: database.prisma,
      config,
      defaultDataset: 'empty',
      language: 'ja' as const,
      chartDirectory: path.join(directory, 'charts'),
      chartFonts: fonts,
      logger,
    };
    const empty = await breakDownSalesTool.run({ by: 'month', measure: 'revenue' }, context);
    expect(empty.charts).toEqual([]);
    expect(breakDownSalesTool.present!(empty.data, 'ja')).toBe(
      'データセット「empty」には購入の記録がないため、集計できません。購入データを取り込んでください。',
    );
    // With a minimum of 30, 福岡 (29) joins the small ones: 50 pooled customers, shown as その他.
    const strict = await breakDownSalesTool.run(
      { by: 'region', measure: 'revenue', dataset: 'shop' },
      { ...context, config: { ...config, minimumGroupSize: 30 } },
    );
    expect(strict.data.rows.map((row) => row.kind)).toEqual(['value', 'value', 'other']);
    const strictest = await breakDownSalesTool.run(
      { by: 'region', measure: 'revenue', dataset: 'shop' },
      { ...context, config: { ...config, minimumGroupSize: 91 } },
    );
    // With 91 東京 (60) is small as well: all 150 pooled, the only row is その他.
    expect(strictest.data.rows.map((row) => row.kind)).toEqual(['other']);
    await importDataset({
      prisma: database.prisma,
      datasetName: 'weeks',
      customersFile: path.join(directory, 'files', 'weeks-customers.csv'),
      transactionsFile: path.join(directory, 'files', 'weeks-transactions.csv'),
    });
    const weeks = await breakDownSalesTool.run(
      { by: 'week', measure: 'customers', dataset: 'weeks', weeks: 2 },
      context,
    );
    // Both weeks are shown; their 30 customers together differ from each week's 20 by only 10, so no
    // total is given (or declared): the runner would refuse the whole answer for that pair.
    expect(weeks.data.rows.map((row) => row.figures?.customers)).toEqual([20, 20]);
    expect(weeks.data.total).toBeNull();
    expect(weeks.data.groups.map((group) => group.size)).toEqual([20, 20]);
    const weeksText = breakDownSalesTool.present!(weeks.data, 'ja');
    expect(weeksText).not.toContain('合計');
    expect(weeksText).not.toContain('30人');
    // The last week alone: 10 of its 20 buyers also bought the week before, so this week beside the
    // all-time figures of the same 20 would give those 10's earlier spend. Nothing is shown.
    const lastWeek = await breakDownSalesTool.run(
      { by: 'week', measure: 'revenue', dataset: 'weeks', weeks: 1 },
      context,
    );
    expect(lastWeek.data).toMatchObject({ narrowRange: true, rows: [], total: null, groups: [] });
    expect(breakDownSalesTool.present!(lastWeek.data, 'ja')).toContain(
      'この期間に限ると、それ以前にも購入した20人未満の顧客の購入額が全期間の数字との差から分かってしまうため',
    );
    const withheld = await breakDownSalesTool.run(
      { by: 'region', measure: 'revenue', dataset: 'shop', months: 1 },
      { ...context, config: { ...config, minimumGroupSize: 60 } },
    );
    // December alone: about 40 buyers, too few in any region and pooled, so nothing is shown and it says why.
    expect(withheld.data.rows.filter((row) => row.figures !== null && row.figures.customers > 0)).toEqual([]);
    expect(withheld.data.groups).toEqual([]);
    expect(breakDownSalesTool.present!(withheld.data, 'ja')).toContain('個人が特定されないよう表示していません');
  }, 120_000);
});
