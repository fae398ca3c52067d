import { runtimeForTests } from '../support/runtime-for-tests.ts';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type TakumiConfig } from '../../src/config/load-config.ts';
import type { TakumiDatabase } from '../../src/data/database/open-database.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/create-slack-app.ts';
import { startSlackApp } from '../../src/slack/start-slack-app.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { createRecordingLogger } from '../agent/agent-test-database.ts';
import type { FakeOpenAiServer } from '../support/fake-openai-server.ts';
import type { FakeSlackApi, RecordedSlackCall } from '../support/fake-slack-api.ts';
import { sendSlackRequest } from '../support/signed-slack-request.ts';
import { directMessageEvent, eventEnvelope, mentionEvent } from './slack-test-events.ts';
import { startSlackTestRig, type SlackTestRig } from './slack-test-rig.ts';

const signingSecret = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const botToken = 'xoxb-3333-4444-fakebottoken';
const allowedChannel = 'CALLOWED1';
const channelWithoutBot = 'CNOBOT001';
const alice = 'UALICE001';

let rig: SlackTestRig;
let database: TakumiDatabase;
let openAi: FakeOpenAiServer;
let slack: FakeSlackApi;
let slackApp: SlackApp;
let config: TakumiConfig;
let baseUrl: string;
let logger = createRecordingLogger();

beforeAll(async () => {
  rig = await startSlackTestRig({
    prefix: 'takumi-slack-guards-',
    botToken,
    signingSecret,
    fakeSlack: { channelsWithoutBot: [channelWithoutBot] },
    environment: {
      TAKUMI_ALLOWED_CHANNELS: `${allowedChannel}, ${channelWithoutBot}`,
      TAKUMI_ALLOWED_USERS: `${alice},UBOB00001`,
    },
    app: {
      // Each test gets a fresh recording logger through this indirection.
      logger: {
        info: (...args) => logger.info(...args),
        warn: (...args) => logger.warn(...args),
        error: (...args) => logger.error(...args),
      },
      chartFonts: null,
      progressIntervalMilliseconds: 50,
    },
  });
  ({ database, openAi, slack, slackApp, config, baseUrl } = rig);
});

afterAll(async () => {
  await rig?.close();
});

beforeEach(() => {
  logger = createRecordingLogger();
});

function postEvent(eventId: string, event: Record<string, unknown>) {
  return sendSlackRequest({
    url: `${baseUrl}/slack/events`,
    signingSecret,
    body: { json: eventEnvelope(eventId, event) },
  });
}

function postCommand(fields: { text: string; channel: string; user: string; trigger: string }, retryNum?: number) {
  const form = {
    token: 'legacy-verification-token-unused',
    team_id: 'TFAKE0001',
    team_domain: 'fake',
    channel_id: fields.channel,
    channel_name: 'marketing',
    user_id: fields.user,
    user_name: 'alice',
    command: '/takumi',
    text: fields.text,
    api_app_id: 'AFAKETAKUMI',
    is_enterprise_install: 'false',
    response_url: `${slack.responseUrlBase}${fields.trigger}`,
    trigger_id: fields.trigger,
  };
  return sendSlackRequest({
    url: `${baseUrl}/slack/events`,
    signingSecret,
    body: { form },
    ...(retryNum === undefined ? {} : { retryNum }),
  });
}

function postsIn(channel: string, threadTs: string): RecordedSlackCall[] {
  return slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args['channel'] === channel && call.args['thread_ts'] === threadTs);
}

describe('Takumi in Slack: signatures, allow-lists, failures and /takumi', () => {
  it('rejects a bad or stale signature with 401 and does no work', async () => {
    const callsBefore = slack.calls.length;
    const event = eventEnvelope(
      'EvBADSIG01',
      mentionEvent({ ts: '1763900000.000100', text: 'データセットは？', channel: allowedChannel, user: alice }),
    );
    const forged = await sendSlackRequest({
      url: `${baseUrl}/slack/events`,
      signingSecret: 'ffffffffffffffffffffffffffffffff',
      body: { json: event },
    });
    const stale = await sendSlackRequest({
      url: `${baseUrl}/slack/events`,
      signingSecret,
      body: { json: event },
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    const unsigned = await sendSlackRequest({
      url: `${baseUrl}/slack/events`,
      signingSecret,
      body: { json: event },
      signature: '',
    });
    expect([forged.status, stale.status, unsigned.status]).toEqual([401, 401, 401]);
    await slackApp.idle();
    expect(slack.calls.length).toBe(callsBefore);
    expect(openAi.requests).toHaveLength(0);
    // The same request, properly signed and fresh, is accepted: the 401s were about the signature.
    openAi.enqueue({ content: 'データセットはまだありません。' });
    expect(
      (await sendSlackRequest({ url: `${baseUrl}/slack/events`, signingSecret, body: { json: event } })).status,
    ).toBe(200);
    await slackApp.idle();
    expect(openAi.requests).toHaveLength(1);
  });

  it('refuses politely, in the asker’s language, in a channel or for a person not on the allow-lists', async () => {
    const requestsBefore = openAi.requests.length;
    await postEvent(
      'EvREFUSE01',
      mentionEvent({ ts: '1763900100.000200', text: 'ROIが高い層は？', channel: 'CRANDOM01', user: alice }),
    );
    await postEvent(
      'EvREFUSE02',
      directMessageEvent({
        ts: '1763900101.000300',
        text: 'Which segment has the best ROI?',
        channel: 'DMALLORY1',
        user: 'UMALLORY1',
      }),
    );
    await slackApp.idle();
    expect(postsIn('CRANDOM01', '1763900100.000200').map((call) => call.args['text'])).toEqual([
      '申し訳ありません。このチャンネルでは Takumi を使えない設定になっています。利用したい場合は管理者にご相談ください。',
    ]);
    expect(postsIn('DMALLORY1', '1763900101.000300').map((call) => call.args['text'])).toEqual([
      'Sorry, Takumi is not enabled for your account yet. Please ask your administrator if you would like to use it.',
    ]);
    expect(openAi.requests.length).toBe(requestsBefore);
  });

  it('tells the asker about an engine failure with an error id, and logs the full error under it', async () => {
    // Nothing is scripted: the model server answers 500, the agent raises AGENT_MODEL_FAILED.
    expect(openAi.pending()).toBe(0);
    const ts = '1763900200.000400';
    expect(
      (
        await postEvent(
          'EvFAIL0001',
          mentionEvent({ ts, text: '顧客を分析して', channel: allowedChannel, user: alice }),
        )
      ).status,
    ).toBe(200);
    await slackApp.idle();
    const texts = postsIn(allowedChannel, ts).map((call) => String(call.args['text']));
    expect(texts[0]).toBe('⏳ 考え中…');
    const failure = texts.find((text) => text.startsWith('うまくいきませんでした'));
    const errorId = /エラーID (E-[0-9a-f]{8})/.exec(failure ?? '')?.[1];
    expect(errorId).toBeDefined();
    expect(failure).not.toMatch(/Error:|at .*\.ts|OPENAI|500/);
    const logged = logger.lines.find((line) => line.level === 'error' && line.message === 'Slack question failed');
    expect(logged?.fields).toMatchObject({ errorId, channel: allowedChannel, threadTs: ts });
    expect(JSON.stringify(logged?.fields['error'])).toContain('AGENT_MODEL_FAILED');
    expect(slack.callsOf('chat.update').at(-1)!.args['text']).toBe(`⚠️ うまくいきませんでした（${errorId}）`);
  });

  it('acknowledges /takumi at once, posts the question and answers in its thread; retries are ignored', async () => {
    openAi.enqueue({ content: 'There are no datasets yet; import one with `takumi import`.' });
    const response = await postCommand({
      text: 'Which datasets do we have?',
      channel: allowedChannel,
      user: alice,
      trigger: 'trigger.0001',
    });
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    expect(response.milliseconds).toBeLessThan(3000);
    await slackApp.idle();
    const root = slack
      .callsOf('chat.postMessage')
      .find(
        (call) =>
          call.args['channel'] === allowedChannel && String(call.args['text']).includes('/takumi Which datasets'),
      );
    expect(root?.args['thread_ts']).toBeUndefined();
    expect(root?.args['text']).toBe(`<@${alice}> /takumi Which datasets do we have?`);
    const rootTs = String(root!.result['ts']);
    const answer = slack
      .callsOf('chat.postMessage')
      .find((call) => call.args['blocks'] && JSON.stringify(call.args['blocks']).includes('no datasets yet'));
    expect(answer?.args['thread_ts']).toBe(rootTs);
    expect(postsIn(allowedChannel, String(answer!.args['thread_ts']))[0]!.args['text']).toBe('⏳ Working on it…');

    const callsBefore = slack.calls.length;
    const retry = await postCommand(
      { text: 'Which datasets do we have?', channel: allowedChannel, user: alice, trigger: 'trigger.0001' },
      1,
    );
    const duplicate = await postCommand({
      text: 'Which datasets do we have?',
      channel: allowedChannel,
      user: alice,
      trigger: 'trigger.0001',
    });
    expect([retry.status, duplicate.status]).toEqual([200, 200]);
    await slackApp.idle();
    expect(slack.calls.length).toBe(callsBefore);
  });

  it('answers /takumi refusals and usage in the ack, and says so where the bot is not a member', async () => {
    const refused = await postCommand({ text: 'ROIは？', channel: 'CRANDOM01', user: alice, trigger: 'trigger.0002' });
    expect(JSON.parse(refused.text)).toEqual({
      response_type: 'ephemeral',
      text: '申し訳ありません。このチャンネルでは Takumi を使えない設定になっています。利用したい場合は管理者にご相談ください。',
    });
    const empty = await postCommand({ text: '  ', channel: allowedChannel, user: alice, trigger: 'trigger.0003' });
    expect(JSON.parse(empty.text)).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Reply in the thread'),
    });

    const requestsBefore = openAi.requests.length;
    expect(
      (await postCommand({ text: 'ROIが高い層は？', channel: channelWithoutBot, user: alice, trigger: 'trigger.0004' }))
        .status,
    ).toBe(200);
    await slackApp.idle();
    expect(slack.responses.at(-1)).toEqual({
      path: '/response/trigger.0004',
      body: { response_type: 'ephemeral', text: expect.stringContaining('/invite @Takumi') },
    });
    expect(openAi.requests.length).toBe(requestsBefore);
  });

  it('only called Web API methods the fake implements (an unexpected call would show up here)', () => {
    expect(slack.calls.filter((call) => call.result['error'] === 'unknown_method').map((call) => call.method)).toEqual(
      [],
    );
  });

  it('serves a health check for load balancers', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('starts on a runtime (fonts, its own database, every tool) and stops cleanly, leaving the runtime open', async () => {
    const home = path.join(rig.directory, 'second-home');
    const runtime = await runtimeForTests({
      config: loadConfig({
        TAKUMI_HOME: home,
        SLACK_BOT_TOKEN: botToken,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_API_URL: slack.apiUrl,
      }),
      logger,
      fonts: true,
    });
    const running = await startSlackApp({
      runtime,
      port: 0,
      host: '127.0.0.1',
      appOptions: { webClientOptions: { retryConfig: { retries: 0 } } },
    });
    expect(running.mode).toBe('http');
    expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
    await running.stop();
    await running.stop();
    await expect(fetch(`http://127.0.0.1:${running.port}/healthz`)).rejects.toThrow();
    // The caller owns the runtime: its database (migrated, empty: no demo here) is open after the stop.
    expect(await runtime.database.prisma.dataset.count()).toBe(0);
    await runtime.close();
  });

  it('runs on a caller’s runtime (its database stays open after stop)', async () => {
    const runtime = await runtimeForTests({ config, logger, database, defaultDataset: 'demo' });
    const running = await startSlackApp({
      runtime,
      port: 0,
      host: '127.0.0.1',
      appOptions: { webClientOptions: { retryConfig: { retries: 0 } } },
    });
    expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
    await running.stop();
    expect(await database.prisma.slackReceipt.count()).toBeGreaterThan(0);
  });

  it('refuses to start with a bot token Slack rejects, naming the variable', async () => {
    const rejected = createSlackApp({
      config: { ...config, slack: { ...config.slack, botToken: 'xoxb-9999-revoked' } },
      prisma: database.prisma,
      tools: allTools,
      logger,
      chartFonts: null,
      webClientOptions: { retryConfig: { retries: 0 } },
    });
    await expect(rejected.start({ port: 0, host: '127.0.0.1' })).rejects.toMatchObject({
      code: 'SLACK_AUTH_FAILED',
      message: expect.stringContaining('SLACK_BOT_TOKEN (invalid_auth)'),
    });
    await rejected.stop();
  });
});
