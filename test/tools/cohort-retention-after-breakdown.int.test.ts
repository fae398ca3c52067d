import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { loadPurchaseDates } from '../../src/data/analysis/load-purchase-dates.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { writeDemoDataset } from '../../src/data/demo/write-demo-dataset.ts';
import { importDataset } from '../../src/data/ingest/import-dataset.ts';
import { hasNearPopulations } from '../../src/data/privacy/find-near-populations.ts';
import { computeCohortRetention } from '../../src/engine/cohorts/compute-cohort-retention.ts';
import { isNearPeriodBuyers } from '../../src/engine/cohorts/near-period-buyers.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import type { CohortRetentionData } from '../../src/tools/cohort-retention/cohort-retention-tool.ts';
import { makeTestDatabaseUrl, testDatabaseEngine } from '../support/test-database.ts';

/**
 * A monthly sales breakdown describes each month's buyers; a month's first-time buyers differ from
 * them by that month's returning buyers, often fewer than the minimum, so monthly cohort rows and the
 * breakdown would refuse each other under the differencing rule, whichever is asked second. The
 * tool then shows longer periods, and both are answered.
 */
describe(`cohort_retention after a monthly sales breakdown (${testDatabaseEngine})`, () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  let directory: string;
  let database: TakumiDatabase;
  let config: TakumiConfig;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-cohorts-breakdown-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    // The demo shop's customers and purchases (photos left out: not needed here).
    const files = await writeDemoDataset(directory);
    await importDataset({
      prisma: database.prisma,
      datasetName: 'demo',
      customersFile: files.customers,
      transactionsFile: files.transactions,
    });
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const ask = (question: string) =>
    answerQuestion({ question, tools: allTools, prisma: database.prisma, config, logger, chartFonts: null });
  const monthlyGroups = async () => {
    const rows = computeCohortRetention(await loadPurchaseDates(database.prisma, 'demo'), {
      minimumCohortSize: config.minimumGroupSize,
    }).rows;
    return [...rows.map((row) => row.members), rows.flatMap((row) => row.members)];
  };

  it('answers cohorts and monthly sales in either order: longer periods, said why, nothing refused', async () => {
    const purchases = await loadPurchaseDates(database.prisma, 'demo');
    const monthly = computeCohortRetention(purchases, { minimumCohortSize: config.minimumGroupSize }).rows;
    // On the demo a month's first-time buyers are a few customers from that month's buyers.
    expect(isNearPeriodBuyers(monthly, purchases, config.minimumGroupSize)).toBe(true);
    expect(await hasNearPopulations(database.prisma, await monthlyGroups(), config.minimumGroupSize)).toBe(false);
    const cohorts = await ask('コホート別の継続率は？');
    expect(cohorts.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['cohort_retention', 'succeeded']]);
    const data = cohorts.toolCalls[0]!.data as CohortRetentionData;
    expect(data.monthsPerCohort).toBeGreaterThan(1);
    expect(cohorts.answer).toContain(`初めて買った月を${data.monthsPerCohort}か月ずつまとめています`);
    expect(data.rows.reduce((sum, row) => sum + row.size, 0)).toBe(data.customers);
    const sales = await ask('月別の売上は？');
    expect(sales.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['break_down_sales', 'succeeded']]);
    // Monthly cohort rows are now a few customers from described months' buyers: the rule would refuse them.
    expect(await hasNearPopulations(database.prisma, await monthlyGroups(), config.minimumGroupSize)).toBe(true);
    const again = await ask('初回購入月ごとのリピート率は？');
    expect(again.toolCalls.map((call) => call.outcome)).toEqual(['succeeded']);
  }, 300_000);
});
