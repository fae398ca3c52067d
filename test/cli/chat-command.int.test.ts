import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { modelForTests } from '../support/model-for-tests.ts';
import { runCli } from '../support/run-cli.ts';

/** `npm start` without Slack tokens: the terminal chat, with a follow-up resolved from the conversation. */
describe('takumi start without Slack (terminal chat)', () => {
  let home: string;
  let environment: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await modelForTests();
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-chat-'));
    environment = {
      ...process.env,
      TAKUMI_HOME: home,
      TAKUMI_MODEL_DIR: loadConfig().modelDirectory,
      TAKUMI_SHARED_DIR: path.join(home, 'no-shared'),
    };
    for (const variable of Object.keys(environment))
      if (/^(OPENAI_|SLACK_|DATABASE_URL|TAKUMI_DEFAULT_DATASET)/.test(variable)) delete environment[variable];
  });

  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('answers a question and a follow-up about "that segment" in one conversation', async () => {
    const { code, stdout, stderr } = await runCli(
      ['start'],
      environment,
      'セグメント1の特徴は？\nその層のキャンペーン案は？\n\n',
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/offline planner/);
    // Segments are named by what sets them apart, with the id in brackets (issue 9).
    expect(stdout).toMatch(/（S1）/);
    // The follow-up drafted a campaign for the segment of the previous turn.
    expect(stdout).toMatch(/対象: [^\n]*（S1）/);
    expect(stdout).toMatch(/会議でそのまま使える言い方/);
  }, 240_000);
});
