import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/agent/answer-question.ts';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import { loadSegmentationRun } from '../../src/data/analysis/load-segmentation-run.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { makeTestDatabaseUrl, testDatabaseEngine } from '../support/test-database.ts';

/**
 * A refused segmentation (another segment count whose segments differ from told ones by a few
 * customers) must not become the run later questions use: the asker keeps getting answers about the
 * segments they saw, instead of every follow-up being refused too.
 */
describe(`a segmentation refused by the differencing rule (${testDatabaseEngine})`, () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  let directory: string;
  let database: TakumiDatabase;
  let config: TakumiConfig;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-differencing-follow-up-'));
    database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
    await createSyntheticShop({ prisma: database.prisma, directory, customers: 120 });
    config = loadConfig({ ...process.env, OPENAI_API_KEY: '', TAKUMI_HOME: directory });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const ask = (question: string) =>
    answerQuestion({ question, tools: allTools, prisma: database.prisma, config, logger, chartFonts: null });

  it('is not kept as the latest run: the next question describes the segments that were told', async () => {
    const first = await ask('顧客をセグメントに分けて');
    expect(first.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['run_segmentation', 'succeeded']]);
    const told = await loadSegmentationRun(database.prisma, 'shop');
    let refused = false;
    for (const count of [2, 3, 4, 5]) {
      const other = await ask(`${count}つのセグメントに分けて`);
      if (other.toolCalls[0]!.outcome !== 'withheld') continue;
      refused = true;
      expect(other.answer).toContain('プライバシー保護のため');
      // The refused run is not what the next question reads.
      expect((await loadSegmentationRun(database.prisma, 'shop')).analysis.runId).toBe(told.analysis.runId);
      const followUp = await ask('セグメント1を説明して');
      expect(followUp.toolCalls.map((call) => [call.name, call.outcome])).toEqual([['describe_cluster', 'succeeded']]);
      expect(followUp.answer).toContain(`${told.analysis.segments[1]!.size}人`);
      break;
    }
    // On this shop every other count was refused when the rule landed; the test needs one refusal.
    expect(refused, 'some other segment count is refused on this shop').toBe(true);
  }, 300_000);
});
