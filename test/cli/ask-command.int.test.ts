import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { modelForTests } from '../support/model-for-tests.ts';
import { runCli } from '../support/run-cli.ts';

/** `takumi ask` as a user runs it on a fresh machine: no API key, no ../shared, an empty database. */
describe('takumi ask (offline, fresh home, built-in demo)', () => {
  let home: string;
  let environment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await modelForTests();
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-ask-'));
    environment = {
      ...process.env,
      TAKUMI_HOME: home,
      TAKUMI_MODEL_DIR: loadConfig().modelDirectory,
      TAKUMI_SHARED_DIR: path.join(home, 'no-shared'),
    };
    for (const variable of [
      'OPENAI_API_KEY',
      'OPENAI_BASE_URL',
      'DATABASE_URL',
      'TAKUMI_DEFAULT_DATASET',
      'SLACK_BOT_TOKEN',
    ])
      delete environment[variable];
  });

  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('answers 「顧客をセグメントに分けて」 as JSON with tool calls and PNG charts over 10 KB', async () => {
    const { code, stdout, stderr } = await runCli(['ask', '顧客をセグメントに分けて', '--json'], environment);
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      answer: string;
      toolCalls: { name: string; ok: boolean }[];
      charts: string[];
    };
    expect(result.answer).toMatch(/オフライン/);
    expect(result.toolCalls.map((call) => [call.name, call.ok])).toContainEqual(['run_segmentation', true]);
    expect(result.charts.length).toBeGreaterThanOrEqual(1);
    for (const chart of result.charts) {
      const png = await readFile(chart);
      expect(png.length).toBeGreaterThan(10_000);
      expect((await sharp(png).metadata()).format).toBe('png');
    }
    expect(stderr).toMatch(/built-in demo/);
  }, 240_000);

  it('answers a follow-up question on the stored demo in English', async () => {
    const { code, stdout } = await runCli(['ask', 'What is the ROI of each segment?', '--json'], environment);
    expect(code).toBe(0);
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { answer: string; toolCalls: { name: string }[] };
    expect(result.toolCalls.map((call) => call.name)).toContain('estimate_roi');
    expect(result.answer).toMatch(/offline/i);
  }, 240_000);
});
