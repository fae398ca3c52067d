import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpChartFonts } from '../../src/charts/font-setup.ts';
import type { TakumiDatabase } from '../../src/data/database/open-database.ts';
import type { SlackApp } from '../../src/slack/create-slack-app.ts';
import { ThreadHistoryStore } from '../../src/slack/thread-history-store.ts';
import { createRecordingLogger } from '../agent/agent-test-database.ts';
import type { FakeOpenAiServer } from '../support/fake-openai-server.ts';
import type { FakeSlackApi, RecordedSlackCall } from '../support/fake-slack-api.ts';
import { sendSlackRequest } from '../support/signed-slack-request.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { directMessageEvent, eventEnvelope, mentionEvent, textOf } from './slack-test-events.ts';
import { startSlackTestRig, type SlackTestRig } from './slack-test-rig.ts';
import { estimateRoiTool } from '../../src/tools/estimate-roi/estimate-roi-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';

const signingSecret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const botToken = 'xoxb-1111-2222-fakebottoken';
const channel = 'CMARKETING';
const user = 'UALICE001';
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let rig: SlackTestRig;
let database: TakumiDatabase;
let openAi: FakeOpenAiServer;
let slack: FakeSlackApi;
let slackApp: SlackApp;
let eventsUrl: string;
const logger = createRecordingLogger();

beforeAll(async () => {
  rig = await startSlackTestRig({
    prefix: 'takumi-slack-',
    botToken,
    signingSecret,
    environment: { TAKUMI_DEFAULT_DATASET: 'shop' },
    prepare: (prepared, directory) => createSyntheticShop({ prisma: prepared.prisma, directory }),
    app: (directory) => ({
      logger,
      chartFonts: setUpChartFonts({ home: directory }),
      progressIntervalMilliseconds: 100,
    }),
  });
  ({ database, openAi, slack, slackApp } = rig);
  eventsUrl = `${rig.baseUrl}/slack/events`;
});

afterAll(async () => {
  await rig?.close();
});

function postEvent(eventId: string, event: Record<string, unknown>, retryNum?: number) {
  return sendSlackRequest({
    url: eventsUrl,
    signingSecret,
    body: { json: eventEnvelope(eventId, event) },
    ...(retryNum === undefined ? {} : { retryNum }),
  });
}

/** Messages posted into a thread, in order. */
function postsIn(threadTs: string): RecordedSlackCall[] {
  return slack.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === threadTs);
}

/** The text of a Block Kit answer: its section blocks joined. */
function blockText(call: RecordedSlackCall): string {
  const blocks = (call.args['blocks'] ?? []) as {
    type: string;
    text?: { text: string };
    elements?: { text: string }[];
  }[];
  return blocks
    .map((block) => block.text?.text ?? (block.elements ?? []).map((element) => element.text).join(' '))
    .join('\n');
}

const firstQuestion = 'セグメントを作って、ROIが高い層を教えて';
const firstAnswer = '顧客を3つのセグメントに分けました。ROIが最も高いのは **S2** の層です。';
const firstTs = '1763800000.000100';

describe('Takumi in Slack: a real Bolt app over HTTP, the real agent and tools, a fake Slack Web API', () => {
  it('acknowledges a mention at once, then answers in its thread with progress, Block Kit and chart PNGs', async () => {
    const segmentationArguments = { dataset: 'shop', segments: 3 };
    const roiArguments = { dataset: 'shop' };
    // The scripted arguments are valid for the real tools' schemas (the test would be hollow otherwise).
    expect(runSegmentationTool.schema.safeParse(segmentationArguments).success).toBe(true);
    expect(estimateRoiTool.schema.safeParse(roiArguments).success).toBe(true);
    openAi.enqueue(
      { toolCalls: [{ name: 'run_segmentation', arguments: segmentationArguments }] },
      { toolCalls: [{ name: 'estimate_roi', arguments: roiArguments }] },
      { content: firstAnswer },
    );

    const response = await postEvent('Ev0001FIRST', mentionEvent({ ts: firstTs, text: firstQuestion, channel, user }));
    expect(response.status).toBe(200);
    expect(response.milliseconds).toBeLessThan(3000);
    // The HTTP response did not wait for the agent: nothing is answered yet.
    expect(slack.callsOf('chat.postMessage').filter((call) => call.args['blocks'])).toEqual([]);
    await slackApp.idle();

    const posts = postsIn(firstTs);
    expect(posts.map((call) => call.args['channel'])).toEqual(posts.map(() => channel));
    expect(posts[0]!.args['text']).toBe('⏳ 考え中…');
    const answers = posts.filter((call) => call.args['blocks']);
    expect(answers).toHaveLength(1);
    expect(blockText(answers[0]!)).toContain('ROIが最も高いのは *S2* の層です。');
    expect(blockText(answers[0]!)).toContain('使った分析: セグメンテーション、ROI試算');
    expect(posts.every((call) => call.token === botToken)).toBe(true);

    // The progress message followed the tools and ended as 完了.
    const progressTs = slack
      .callsOf('chat.postMessage')
      .find((call) => call.args['text'] === '⏳ 考え中…' && call.args['thread_ts'] === firstTs);
    expect(progressTs).toBeDefined();
    const updates = slack.callsOf('chat.update').map((call) => String(call.args['text']));
    expect(updates.some((text) => /^⏳ セグメンテーション実行中…/.test(text))).toBe(true);
    expect(updates.at(-1)).toBe('✅ 完了');

    // Both tools really ran on the shop: the model read their summaries, not argument errors.
    const lastRequest = openAi.requests.at(-1)!.json!.messages!;
    const toolResults = lastRequest
      .filter((message) => message.role === 'tool')
      .map((message) => textOf(message.content));
    expect(toolResults).toHaveLength(2);
    expect(toolResults[0]).toMatch(/customers/);
    expect(toolResults[1]).toMatch(/ROI/);
    for (const result of toolResults) expect(result).not.toMatch(/Invalid arguments|failed inside Takumi/);
    expect(
      await database.prisma.run.count({ where: { kind: 'segmentation', status: 'succeeded' } }),
    ).toBeGreaterThanOrEqual(1);

    // Charts: uploaded through files.uploadV2's three steps, as PNGs, shared into the thread.
    const completions = slack.callsOf('files.completeUploadExternal');
    expect(completions).toHaveLength(1);
    expect(completions[0]!.args).toMatchObject({ channel_id: channel, thread_ts: firstTs });
    const files = completions[0]!.args['files'] as { id: string; title: string }[];
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const upload = slack.uploads.get(file.id)!;
      expect(upload.bytes!.subarray(0, 8).equals(pngSignature)).toBe(true);
      expect(upload.bytes!.length).toBe(upload.announcedLength);
      expect(upload.filename).toMatch(/\.png$/);
    }
    expect(logger.lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('continues the thread: a follow-up reaches the model with the earlier question, tool results and answer', async () => {
    openAi.enqueue({ content: 'S2向けには、写真投稿を促す限定キャンペーンがおすすめです。' });
    const before = openAi.requests.length;
    const response = await postEvent(
      'Ev0002FOLLOW',
      mentionEvent({ ts: '1763800100.000200', threadTs: firstTs, text: 'その層のキャンペーン案は？', channel, user }),
    );
    expect(response.status).toBe(200);
    await slackApp.idle();

    const request = openAi.requests[before]!;
    const messages = request.json!.messages!;
    // system, the first question, its tool calls and results, its answer, then the follow-up.
    expect(messages.map((message) => message.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
      'tool',
      'assistant',
      'user',
    ]);
    expect(textOf(messages[1]!.content)).toBe(firstQuestion);
    expect(messages[2]!.tool_calls).toMatchObject([
      { function: { name: 'run_segmentation' } },
      { function: { name: 'estimate_roi' } },
    ]);
    expect(textOf(messages[3]!.content)).toMatch(/customers/);
    expect(textOf(messages[4]!.content)).toMatch(/ROI/);
    expect(textOf(messages[5]!.content)).toBe(firstAnswer);
    expect(textOf(messages[6]!.content)).toBe('その層のキャンペーン案は？');
    expect(request.body).toContain(firstQuestion);
    expect(request.body).toContain('ROIが最も高いのは **S2** の層です。');
    const answers = postsIn(firstTs).filter((call) => call.args['blocks']);
    expect(answers).toHaveLength(2);
    expect(blockText(answers[1]!)).toContain('写真投稿を促す限定キャンペーン');

    // The history is in the database, so a restarted bot continues the same thread.
    const stored = await new ThreadHistoryStore(database.prisma, logger).load(channel, firstTs);
    expect(stored.map((turn) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(stored[0]!.content).toBe(firstQuestion);
  });

  it('answers an event once when Slack delivers it again as a retry with the same event_id', async () => {
    openAi.enqueue({ content: 'データセットは shop の1件です。' });
    const before = openAi.requests.length;
    const event = mentionEvent({ ts: '1763800200.000300', text: 'データセットは？', channel, user });
    const [first, retry] = await Promise.all([postEvent('Ev0003RETRY', event), postEvent('Ev0003RETRY', event, 1)]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await slackApp.idle();
    const late = await postEvent('Ev0003RETRY', event, 2);
    expect(late.status).toBe(200);
    await slackApp.idle();

    expect(openAi.requests.length - before).toBe(1);
    const posts = postsIn('1763800200.000300');
    expect(posts.map((call) => (call.args['blocks'] ? 'answer' : call.args['text']))).toEqual(['⏳ 考え中…', 'answer']);
    expect(
      logger.lines.filter((line) => line.message === 'Ignored a Slack delivery that was already taken on'),
    ).toHaveLength(2);
  });

  it('answers a direct message in English in its thread, and ignores edits and bot messages', async () => {
    openAi.enqueue({ content: 'You have one dataset, **shop**.' });
    const directChannel = 'DALICE001';
    const ts = '1763800300.000400';
    expect(
      (
        await postEvent(
          'Ev0004DM',
          directMessageEvent({ ts, text: 'Which datasets do we have?', channel: directChannel, user }),
        )
      ).status,
    ).toBe(200);
    await slackApp.idle();
    const posts = postsIn(ts);
    expect(posts[0]!.args).toMatchObject({ channel: directChannel, text: '⏳ Working on it…' });
    expect(blockText(posts.find((call) => call.args['blocks'])!)).toContain('You have one dataset, *shop*.');
    expect(slack.callsOf('chat.update').at(-1)!.args['text']).toBe('✅ Done');

    const callsBefore = slack.calls.length;
    const requestsBefore = openAi.requests.length;
    await postEvent('Ev0005EDIT', {
      type: 'message',
      subtype: 'message_changed',
      channel: directChannel,
      channel_type: 'im',
      ts: '1763800301.000500',
      event_ts: '1763800301.000500',
      message: { user, text: 'edited', ts },
    });
    await postEvent('Ev0006BOT', {
      type: 'message',
      subtype: 'bot_message',
      bot_id: 'BOTHER001',
      channel: directChannel,
      channel_type: 'im',
      text: 'beep',
      ts: '1763800302.000600',
      event_ts: '1763800302.000600',
    });
    await postEvent(
      'Ev0007SELF',
      directMessageEvent({ ts: '1763800303.000700', text: 'my own post', channel: directChannel, user: 'UTAKUMIBOT' }),
    );
    await slackApp.idle();
    expect(slack.calls.length).toBe(callsBefore);
    expect(openAi.requests.length).toBe(requestsBefore);
  });

  it('only called Web API methods the fake implements (an unexpected call would show up here)', () => {
    expect(slack.calls.filter((call) => call.result['error'] === 'unknown_method').map((call) => call.method)).toEqual(
      [],
    );
  });
});
