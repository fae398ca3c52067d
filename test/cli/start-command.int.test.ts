import { runtimeForTests } from '../support/runtime-for-tests.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { checkSlackToken } from '../../src/slack/check-slack-start.ts';
import { startSlackApp } from '../../src/slack/start-slack-app.ts';
import { createRecordingLogger } from '../agent/agent-test-database.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * Issue 11 item 11, start-up as an operator gets it wrong: PORT already taken, SLACK_API_URL pointing
 * nowhere, Slack that accepts connections and never answers. Each ends in seconds with exit code 1
 * and one message that names the setting and the fix; no stack trace.
 */
const botToken = 'xoxb-5555-6666-fakebottoken';
const signingSecret = '1f2e3d4c5b6a79888796a5b4c3d2e1f0';

let home: string;
let slack: FakeSlackApi;
let taken: Server;
let takenPort: number;
let closedPort: number;
let freePort: number;
let silent: Server;
const silentSockets = new Set<Socket>();

function listen(server: Server, host?: string): Promise<number> {
  return new Promise((resolve) =>
    server.listen({ port: 0, ...(host ? { host } : {}) }, () => resolve((server.address() as { port: number }).port)),
  );
}

function environment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TAKUMI_HOME: home,
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    ...overrides,
  };
  for (const variable of ['OPENAI_API_KEY', 'DATABASE_URL', 'SLACK_APP_TOKEN', 'TAKUMI_DEFAULT_DATASET'])
    delete env[variable];
  return env;
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'takumi-start-'));
  slack = await startFakeSlackApi({ botToken });
  // Another program on the port, on every interface, as a second `npm start` would find it.
  taken = createServer();
  takenPort = await listen(taken);
  const closed = createServer();
  closedPort = await listen(closed, '127.0.0.1');
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const free = createServer();
  freePort = await listen(free);
  await new Promise<void>((resolve) => free.close(() => resolve()));
  // Accepts the connection, never answers (a firewall that drops, a proxy that hangs).
  silent = createServer((socket) => {
    silentSockets.add(socket);
    socket.on('close', () => silentSockets.delete(socket));
  });
  await listen(silent, '127.0.0.1');
});

afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  await Promise.all(
    [taken, silent].map(
      (server) => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    ),
  );
  await slack?.close();
  await rm(home, { recursive: true, force: true });
});

describe('takumi start: clear start-up failures', () => {
  it('names PORT and the fix when the port is taken, exit 1, no stack', async () => {
    const started = performance.now();
    const { code, stderr } = await runCli(
      ['start'],
      environment({ PORT: String(takenPort), SLACK_API_URL: slack.apiUrl }),
    );
    expect(code, stderr).toBe(1);
    expect(stderr).toContain(`Error: Port ${takenPort} (PORT) is already in use by another program`);
    expect(stderr).toContain(`PORT=${takenPort + 1} npm start`);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain('EADDRINUSE');
    expect(performance.now() - started).toBeLessThan(45_000);
  }, 60_000);

  it('fails fast with the URL and SLACK_API_URL when Slack cannot be reached, exit 1, no stack', async () => {
    const apiUrl = `http://127.0.0.1:${closedPort}/api/`;
    const started = performance.now();
    const { code, stderr } = await runCli(['start'], environment({ PORT: String(freePort), SLACK_API_URL: apiUrl }));
    const seconds = (performance.now() - started) / 1000;
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `Error: Could not reach the Slack Web API at ${apiUrl} \\(.*ECONNREFUSED.*, 3 tries in \\d+\\.\\d s\\)`,
      ),
    );
    expect(stderr).toContain('Check SLACK_API_URL');
    expect(stderr).not.toMatch(/\n\s+at /);
    // Was 316 s of retries; now a few seconds plus the CLI's own start on a loaded machine.
    expect(seconds).toBeLessThan(45);
  }, 60_000);

  it('gives up on a Slack that accepts connections but never answers, after the per-try timeout', async () => {
    const apiUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}/api/`;
    const started = performance.now();
    await expect(
      checkSlackToken({ botToken, apiUrl }, { requestTimeoutMilliseconds: 1_000, retries: 1 }),
    ).rejects.toMatchObject({
      code: 'SLACK_UNREACHABLE',
      message: expect.stringMatching(/2 tries in \d\.\d s/),
    });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('names PORT when the port is taken between the check and the listen (the app itself)', async () => {
    const runtime = await runtimeForTests({
      config: loadConfig({
        TAKUMI_HOME: path.join(home, 'app'),
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slack.apiUrl,
      }),
      logger: createRecordingLogger(),
    });
    try {
      await expect(
        startSlackApp({
          runtime,
          port: takenPort,
          appOptions: { webClientOptions: { retryConfig: { retries: 0 } } },
        }),
      ).rejects.toMatchObject({ code: 'SLACK_PORT_IN_USE', details: { port: takenPort } });
    } finally {
      await runtime.close();
    }
  }, 60_000);
});
