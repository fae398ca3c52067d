import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { modelForTests } from '../support/model-for-tests.ts';
import { cliPath } from '../support/run-cli.ts';
import { sendSlackRequest } from '../support/signed-slack-request.ts';
import { createPostgresDatabase, testPostgresUrl } from '../support/test-database.ts';
import { eventEnvelope, mentionEvent } from './slack-test-events.ts';

const signingSecret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const botToken = 'xoxb-1111-2222-fakebottoken';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** `takumi start` in its own process, resolved once it says it is listening. */
function startTakumiProcess(environment: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, 'start'], {
      env: environment,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`takumi start did not come up: ${stderr}`)), 240_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/Takumi is running in Slack/.test(stderr)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`takumi start exited (${code}): ${stderr}`));
    });
  });
}

describe.skipIf(testPostgresUrl === undefined)('two Takumi Slack processes on one PostgreSQL', () => {
  const children: ChildProcess[] = [];
  const homes: string[] = [];
  let slack: FakeSlackApi | undefined;
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))),
      ),
    );
    await slack?.close();
    for (const home of homes) await rm(home, { recursive: true, force: true });
  });

  it('answer an event delivered to both exactly once', async () => {
    await modelForTests();
    slack = await startFakeSlackApi({ botToken });
    const databaseUrl = await createPostgresDatabase(testPostgresUrl!);
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const home = await mkdtemp(path.join(os.tmpdir(), 'takumi-two-slack-'));
      homes.push(home);
      const environment: NodeJS.ProcessEnv = {
        ...process.env,
        TAKUMI_HOME: home,
        TAKUMI_MODEL_DIR: loadConfig().modelDirectory,
        DATABASE_URL: databaseUrl,
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        OPENAI_API_KEY: '',
      };
      delete environment.SLACK_APP_TOKEN;
      // One after the other: the first also sets up the built-in demo dataset in the shared database.
      children.push(await startTakumiProcess(environment));
    }
    // One photo still waiting for a worker: the answer is followed by how far the analysis is.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const photos = await client.query<{ n: string }>('SELECT count(DISTINCT sha256) AS n FROM "Photo"');
    const total = Number(photos.rows[0]!.n) + 1;
    await client.query(
      `INSERT INTO "Photo" ("datasetId", "customerId", "path", "sha256")
       SELECT "datasetId", "id", '/photos/waiting.jpg', repeat('ab', 32) FROM "Customer" ORDER BY "id" LIMIT 1`,
    );
    const datasetName = (await client.query<{ name: string }>('SELECT name FROM "Dataset" LIMIT 1')).rows[0]!.name;
    await client.end();
    const ts = '1767000000.000100';
    const envelope = eventEnvelope(
      'Ev0TWOPROCS',
      mentionEvent({ ts, text: 'データセットの一覧', channel: 'CSHARED01', user: 'UALICE001' }),
    );
    // Slack delivering the same event to two instances behind a load balancer (or a retry landing on the other).
    const responses = await Promise.all(
      ports.map((port) =>
        sendSlackRequest({ url: `http://127.0.0.1:${port}/slack/events`, signingSecret, body: { json: envelope } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const inThread = () => slack!.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === ts);
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !inThread().some((call) => call.args['blocks'])) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Give the other process time to (wrongly) answer too.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const posts = inThread();
    expect(posts.filter((call) => call.args['text'] === '⏳ 考え中…')).toHaveLength(1);
    expect(posts.filter((call) => call.args['blocks'])).toHaveLength(1);
    const note = `📷 写真の解析 ${(total - 1).toLocaleString('en-US')} / ${total.toLocaleString('en-US')}（${datasetName}）`;
    expect(posts.filter((call) => String(call.args['text']).startsWith(note))).toHaveLength(1);
  }, 400_000);
});
