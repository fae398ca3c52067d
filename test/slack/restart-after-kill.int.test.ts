import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { openDatabase } from '../../src/data/database/open-database.ts';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { modelForTests } from '../support/model-for-tests.ts';
import { sendSlackRequest } from '../support/signed-slack-request.ts';
import { freePort, startTakumiProcess, type TakumiProcess } from '../support/takumi-process.ts';
import { makeTestDatabaseUrl, testDatabaseEngine } from '../support/test-database.ts';
import { eventEnvelope, mentionEvent } from './slack-test-events.ts';

/**
 * Issue 11 item 12: a `takumi start` killed (kill -9) while answering left the thread on 「考え中…」
 * forever. Accepted questions are stored before work starts; after the kill the question is taken
 * over, by the restarted process or by a second process on the same database, and answered exactly
 * once, in the thread, with the same progress message brought to 「完了」.
 */
const signingSecret = 'c3d4e5f60718293a4b5c6d7e8f90a1b2';
const botToken = 'xoxb-3333-4444-fakebottoken';
const channel = 'CRESTART1';

const processes: TakumiProcess[] = [];
let home: string | undefined;
let slack: FakeSlackApi | undefined;
let openAi: FakeOpenAiServer | undefined;

afterAll(async () => {
  for (const running of processes) running.child.kill('SIGTERM');
  await Promise.all(processes.map((running) => running.exited));
  await slack?.close();
  await openAi?.close();
  if (home) await rm(home, { recursive: true, force: true });
}, 60_000);

async function until(condition: () => boolean, what: string, milliseconds = 240_000): Promise<void> {
  const deadline = Date.now() + milliseconds;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe(`a Slack process killed while answering (${testDatabaseEngine})`, () => {
  it('answers the question exactly once after kill -9, with two processes on one database', async () => {
    await modelForTests();
    slack = await startFakeSlackApi({ botToken });
    openAi = await startFakeOpenAiServer();
    // The first model request never comes back: the process is killed while it waits for it.
    openAi.enqueue(
      () => new Promise(() => undefined),
      ...Array.from({ length: 10 }, () => ({ content: 'データセットは1つあります。' })),
    );
    home = await mkdtemp(path.join(os.tmpdir(), 'takumi-restart-'));
    const databaseUrl = await makeTestDatabaseUrl(home);
    const environment = (name: string, port: number): NodeJS.ProcessEnv => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        TAKUMI_HOME: path.join(home!, name),
        TAKUMI_MODEL_DIR: loadConfig().modelDirectory,
        DATABASE_URL: databaseUrl,
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slack!.apiUrl,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: openAi!.baseUrl,
        PORT: String(port),
      };
      delete env['SLACK_APP_TOKEN'];
      return env;
    };
    const firstPort = await freePort();
    // One after the other: the first also sets up the built-in demo dataset in the shared database.
    const first = await startTakumiProcess(environment('first', firstPort));
    processes.push(first);
    processes.push(await startTakumiProcess(environment('second', await freePort())));

    const ts = '1768000000.000100';
    const envelope = eventEnvelope(
      'Ev0RESTART',
      mentionEvent({ ts, text: 'データセットの一覧', channel, user: 'UALICE001' }),
    );
    const response = await sendSlackRequest({
      url: `http://127.0.0.1:${firstPort}/slack/events`,
      signingSecret,
      body: { json: envelope },
    });
    expect(response.status).toBe(200);
    const inThread = () => slack!.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === ts);
    await until(() => openAi!.requests.length >= 1 && inThread().length >= 1, 'the first process to start answering');
    const progressTs = String(inThread()[0]!.result['ts']);
    expect(inThread()[0]!.args['text']).toBe('⏳ 考え中…');

    first.child.kill('SIGKILL');
    await first.exited;
    processes.push(await startTakumiProcess(environment('first', firstPort)));

    const answers = () => inThread().filter((call) => call.args['blocks'] !== undefined);
    await until(() => answers().length >= 1, 'the answer after the restart');
    // Longer than a take-over round (15 s): a second process must not answer it again.
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    expect(answers()).toHaveLength(1);
    expect(JSON.stringify(answers()[0]!.args['blocks'])).toContain('データセットは1つあります。');
    const posts = inThread();
    expect(posts.filter((call) => String(call.args['text']).includes('考え中'))).toHaveLength(1);
    expect(posts.filter((call) => /もう一度質問/.test(String(call.args['text'])))).toEqual([]);
    const updates = slack.callsOf('chat.update').filter((call) => call.args['ts'] === progressTs);
    expect(updates.some((call) => String(call.args['text']).includes('はじめから考え直しています'))).toBe(true);
    expect(updates.at(-1)!.args['text']).toBe('✅ 完了');
    // Two model requests: the one the killed process waited for, and the answer.
    expect(openAi.requests).toHaveLength(2);

    const database = await openDatabase({ databaseUrl });
    try {
      const stored = await database.prisma.slackQuestion.findMany();
      expect(stored).toMatchObject([
        { key: `message:${channel}:${ts}`, status: 'answered', question: '', progressTs, attempts: 2 },
      ]);
    } finally {
      await database.close();
    }
  }, 900_000);
});
