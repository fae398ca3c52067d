import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/create-slack-app.ts';
import { exportActionIds } from '../../src/slack/export-offer-blocks.ts';
import { allTools } from '../../src/tools/all-tools.ts';
import { exportAudienceTool } from '../../src/tools/export-audience/export-audience-tool.ts';
import { runSegmentationTool } from '../../src/tools/run-segmentation/run-segmentation-tool.ts';
import { createRecordingLogger } from '../agent/agent-test-database.ts';
import type { RecordedSlackCall } from '../support/fake-slack-api.ts';
import { sendSlackRequest } from '../support/signed-slack-request.ts';
import { createSyntheticShop } from '../support/synthetic-shop.ts';
import { testDatabaseEngine } from '../support/test-database.ts';
import { buttonClickPayload, eventEnvelope, mentionEvent } from './slack-test-events.ts';
import { startSlackTestRig, type SlackTestRig } from './slack-test-rig.ts';

const signingSecret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const botToken = 'xoxb-1111-2222-fakebottoken';
const channel = 'CMARKETING';
const asker = 'UALICE001';
const colleague = 'UBOB00002';
const logger = createRecordingLogger();

let rig: SlackTestRig;
let canaries: string[] = [];
/** A second Takumi (its own Bolt app and database connection) on the same database and home. */
let second: { app: SlackApp; database: TakumiDatabase; url: string };

beforeAll(async () => {
  rig = await startSlackTestRig({
    prefix: 'takumi-slack-export-',
    botToken,
    signingSecret,
    environment: { TAKUMI_DEFAULT_DATASET: 'shop' },
    prepare: async (prepared, directory) => {
      ({ canaries } = await createSyntheticShop({ prisma: prepared.prisma, directory }));
    },
    app: { logger, chartFonts: null, progressIntervalMilliseconds: 100 },
  });
  await runSegmentationTool.run(
    { segments: 3 },
    {
      prisma: rig.database.prisma,
      config: rig.config,
      defaultDataset: 'shop',
      language: 'ja',
      chartDirectory: rig.directory,
      chartFonts: null,
      logger,
    },
  );
  const database = await openDatabase({ databaseUrl: rig.config.databaseUrl });
  const app = createSlackApp({
    config: rig.config,
    prisma: database.prisma,
    tools: allTools,
    logger,
    chartFonts: null,
    answer: { maxRetries: 0 },
    webClientOptions: { retryConfig: { retries: 0 } },
  });
  const { port } = await app.start({ port: 0, host: '127.0.0.1' });
  second = { app, database, url: `http://127.0.0.1:${port}/slack/events` };
}, 180_000);

afterAll(async () => {
  await second?.app.stop();
  await second?.database.close();
  await rig?.close();
});

const eventsUrl = (): string => `${rig.baseUrl}/slack/events`;
const idle = async (): Promise<void> => {
  await rig.slackApp.idle();
  await second.app.idle();
};

/** Asks in a new thread with the fake model scripted to call export_audience with `input`. */
async function askForExport(input: { ts: string; question: string; arguments: Record<string, unknown> }) {
  expect(exportAudienceTool.schema.safeParse(input.arguments).success).toBe(true);
  rig.openAi.enqueue({ toolCalls: [{ name: 'export_audience', arguments: input.arguments }] }, (request) => {
    const text = String(request.json?.messages?.filter((message) => message.role === 'tool').at(-1)?.content ?? '');
    return { content: `ファイルを用意しました（${/A file of (\d+) customers/u.exec(text)?.[1]}人分）。` };
  });
  const response = await sendSlackRequest({
    url: eventsUrl(),
    signingSecret,
    body: {
      json: eventEnvelope(
        `Ev${input.ts.replace('.', '')}`,
        mentionEvent({ ts: input.ts, text: input.question, channel, user: asker }),
      ),
    },
  });
  expect(response.status).toBe(200);
  await idle();
  const offer = rig.slack
    .callsOf('chat.postMessage')
    .find(
      (call) =>
        call.args['thread_ts'] === input.ts &&
        (call.args['blocks'] as { type: string }[] | undefined)?.some((block) => block.type === 'actions'),
    );
  expect(offer).toBeDefined();
  const buttons = (offer!.args['blocks'] as { type: string; elements?: ButtonElement[] }[]).find(
    (block) => block.type === 'actions',
  )!.elements!;
  const record = await rig.database.prisma.audienceExport.findFirstOrThrow({ where: { threadTs: input.ts } });
  return { offer, buttons, record, messageTs: String(offer!.result['ts']) };
}

interface ButtonElement {
  action_id: string;
  value: string;
  text: { text: string };
}

/** Presses `button` as `user`, the way Slack delivers it: a signed form post with a `payload` field. */
function click(url: string, user: string, button: ButtonElement, messageTs: string, threadTs: string) {
  const payload = buttonClickPayload({
    user,
    channel,
    messageTs,
    threadTs,
    actionId: button.action_id,
    value: button.value,
    buttonText: button.text.text,
  });
  return sendSlackRequest({ url, signingSecret, body: { form: { payload: JSON.stringify(payload) } } });
}

const ephemeralsTo = (user: string): string[] =>
  rig.slack
    .callsOf('chat.postEphemeral')
    .filter((call) => call.args['user'] === user)
    .map((call) => String(call.args['text']));
const completions = (threadTs: string): RecordedSlackCall[] =>
  rig.slack.callsOf('files.completeUploadExternal').filter((call) => call.args['thread_ts'] === threadTs);

describe(`Audience export in Slack: confirm with a button, then one upload (${testDatabaseEngine})`, () => {
  const threadTs = '1763900000.000100';

  it('offers the CSV with buttons in the asker’s language and uploads nothing before the click', async () => {
    const { buttons, record } = await askForExport({
      ts: threadTs,
      question: 'S1の顧客リストをメールアドレス付きでCSVで書き出して',
      arguments: { segment: 1, columns: ['email'] },
    });
    expect(buttons.map((button) => [button.action_id, button.text.text])).toEqual([
      [exportActionIds.upload, 'CSVをアップロード'],
      [exportActionIds.cancel, 'キャンセル'],
    ]);
    expect(buttons.every((button) => button.value === record.id)).toBe(true);
    expect(record).toMatchObject({
      status: 'offered',
      askedBy: asker,
      language: 'ja',
      segment: 1,
      datasetName: 'shop',
    });
    expect(record.rows).toBeGreaterThan(0);
    expect(rig.slack.callsOf('files.getUploadURLExternal')).toEqual([]);
    expect(rig.slack.callsOf('files.completeUploadExternal')).toEqual([]);
    expect(rig.slack.uploads.size).toBe(0);
  });

  it('refuses a click by someone other than the asker, clearly and to them alone', async () => {
    const { buttons, messageTs } = await lastOffer(threadTs);
    const response = await click(eventsUrl(), colleague, buttons[0]!, messageTs, threadTs);
    expect(response.status).toBe(200);
    expect(response.milliseconds).toBeLessThan(3000);
    await idle();
    expect(ephemeralsTo(colleague)).toEqual([
      expect.stringContaining(`アップロード（またはキャンセル）できるのは、書き出しを頼んだ <@${asker}> さんだけです`),
    ]);
    expect(rig.slack.uploads.size).toBe(0);
    expect((await rig.database.prisma.audienceExport.findFirstOrThrow({ where: { threadTs } })).status).toBe('offered');
  });

  it('uploads exactly once, with the rows of the file, when the asker double-clicks on two processes', async () => {
    const { buttons, messageTs, record } = await lastOffer(threadTs);
    const responses = await Promise.all([
      click(eventsUrl(), asker, buttons[0]!, messageTs, threadTs),
      click(eventsUrl(), asker, buttons[0]!, messageTs, threadTs),
      click(second.url, asker, buttons[0]!, messageTs, threadTs),
    ]);
    // Acknowledged at once, before any upload work.
    for (const response of responses) expect(response.milliseconds).toBeLessThan(3000);
    await idle();
    const done = completions(threadTs);
    expect(done).toHaveLength(1);
    expect(done[0]!.args).toMatchObject({ channel_id: channel, thread_ts: threadTs });
    const files = done[0]!.args['files'] as { id: string }[];
    expect(files).toHaveLength(1);
    const uploaded = rig.slack.uploads.get(files[0]!.id)!;
    const onDisk = await readFile(record.path);
    expect(uploaded.bytes!.equals(onDisk)).toBe(true);
    const lines = uploaded.bytes!.toString('utf8').trim().split('\n');
    expect(lines[0]!.replace(/^\uFEFF/u, '')).toBe('Customer ID,Segment,Total Spend,Purchases,Last Purchase,Email');
    expect(lines).toHaveLength(record.rows + 1);
    const segmentSize = await rig.database.prisma.customerAssignment.count({ where: { label: 1 } });
    expect(record.rows).toBe(segmentSize);
    expect(lines.slice(1).every((line) => line.split(',')[1] === 'S1')).toBe(true);
    // The other two clicks were told, not uploaded.
    expect(ephemeralsTo(asker)).toHaveLength(2);
    // The button message now says who uploaded it and has no buttons left.
    const update = rig.slack
      .callsOf('chat.update')
      .filter((call) => call.args['ts'] === messageTs)
      .at(-1)!;
    expect(String(update.args['text'])).toContain(`✅ <@${asker}> さんが`);
    expect(String(update.args['text'])).toContain(`${record.rows}人分のCSVをこのスレッドにアップロードしました`);
    expect(JSON.stringify(update.args['blocks'])).not.toContain('"actions"');
    // Logged to the table and through the logger: who, when, rows, dataset.
    const logged = await rig.database.prisma.audienceExport.findUniqueOrThrow({ where: { id: record.id } });
    expect(logged).toMatchObject({ status: 'uploaded', claimedBy: asker, slackFileId: files[0]!.id });
    expect(logged.uploadedAt).toBeInstanceOf(Date);
    const line = logger.lines.find((entry) => entry.message === 'Audience export uploaded to Slack');
    expect(line?.fields).toMatchObject({ uploadedBy: asker, rows: record.rows, dataset: 'shop', exportId: record.id });
    // A later click changes nothing.
    await click(eventsUrl(), asker, buttons[0]!, messageTs, threadTs);
    await idle();
    expect(completions(threadTs)).toHaveLength(1);
    expect(ephemeralsTo(asker).at(-1)).toContain('すでに');
  });

  it('never lets a customer id, personal value or the file reach the model, also after the upload', async () => {
    const { record } = await lastOffer(threadTs);
    rig.openAi.enqueue({ content: 'どういたしまして。' });
    await sendSlackRequest({
      url: eventsUrl(),
      signingSecret,
      body: {
        json: eventEnvelope(
          'EvFOLLOWUP01',
          mentionEvent({ ts: '1763900000.000900', text: 'ありがとう', channel, user: asker, threadTs }),
        ),
      },
    });
    await idle();
    const sent = rig.openAi.requests.map((request) => request.body).join('\n');
    // The follow-up reached the model with the thread's history (so the history check is not hollow).
    expect(sent).toContain('A file of');
    const csv = await readFile(record.path, 'utf8');
    const exported = canaries.filter((value) => csv.includes(value));
    expect(exported.length).toBeGreaterThanOrEqual(record.rows * 2);
    for (const canary of canaries) expect(sent).not.toContain(canary);
    expect(sent).not.toContain(record.path);
    expect(sent).not.toContain(record.fileName);
  });

  it('in English: the buttons are in English and Cancel settles it without an upload', async () => {
    const ts = '1763900100.000100';
    const { buttons, messageTs } = await askForExport({
      ts,
      question: 'Export every customer as a CSV please',
      arguments: {},
    });
    expect(buttons.map((button) => button.text.text)).toEqual(['Upload CSV', 'Cancel']);
    await click(eventsUrl(), asker, buttons[1]!, messageTs, ts);
    await idle();
    const update = rig.slack
      .callsOf('chat.update')
      .filter((call) => call.args['ts'] === messageTs)
      .at(-1)!;
    expect(update.args['text']).toBe(`<@${asker}> cancelled it. The CSV was not uploaded.`);
    await click(eventsUrl(), asker, buttons[0]!, messageTs, ts);
    await idle();
    expect(completions(ts)).toEqual([]);
    expect(ephemeralsTo(asker).at(-1)).toBe('This export was cancelled. Ask "export it as CSV" again if you need it.');
  });

  it('refuses an expired offer, a changed file and a forged button value', async () => {
    const ts = '1763900200.000100';
    const first = await askForExport({ ts, question: 'セグメント0をCSVで書き出して', arguments: { segment: 0 } });
    await rig.database.prisma.audienceExport.update({
      where: { id: first.record.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await click(eventsUrl(), asker, first.buttons[0]!, first.messageTs, ts);
    await idle();
    expect(ephemeralsTo(asker).at(-1)).toContain('有効期限が切れた');

    const ts2 = '1763900300.000100';
    const changed = await askForExport({
      ts: ts2,
      question: 'セグメント2をCSVで書き出して',
      arguments: { segment: 2 },
    });
    await writeFile(changed.record.path, 'Customer ID\nsomeone-else\n');
    await click(eventsUrl(), asker, changed.buttons[0]!, changed.messageTs, ts2);
    await idle();
    expect(ephemeralsTo(asker).at(-1)).toContain('変更されているため、アップロードしませんでした');

    const forged = { ...changed.buttons[0]!, value: 'no-such-export' };
    await click(eventsUrl(), asker, forged, changed.messageTs, ts2);
    await idle();
    expect(ephemeralsTo(asker).at(-1)).toContain('この書き出しの記録が見つかりません');
    expect(completions(ts).concat(completions(ts2))).toEqual([]);
    const statuses = await rig.database.prisma.audienceExport.findMany({
      where: { id: { in: [first.record.id, changed.record.id] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(statuses.map((row) => row.status)).toEqual(['expired', 'missing']);
  });
});

/** The offer posted in `threadTs`, with its buttons and stored record. */
async function lastOffer(threadTs: string) {
  const offer = rig.slack
    .callsOf('chat.postMessage')
    .filter(
      (call) => call.args['thread_ts'] === threadTs && JSON.stringify(call.args['blocks'] ?? []).includes('"actions"'),
    )
    .at(-1)!;
  const buttons = (offer.args['blocks'] as { type: string; elements?: ButtonElement[] }[]).find(
    (block) => block.type === 'actions',
  )!.elements!;
  const record = await rig.database.prisma.audienceExport.findFirstOrThrow({ where: { threadTs } });
  return { buttons, record, messageTs: String(offer.result['ts']) };
}
