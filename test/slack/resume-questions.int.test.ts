import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { openDatabase, type TakumiDatabase } from '../../src/data/database/open-database.ts';
import type { AnswerInThreadDependencies } from '../../src/slack/answer-in-thread.ts';
import { resumeQuestions } from '../../src/slack/resume-questions.ts';
import { SlackQuestionStore } from '../../src/slack/slack-question-store.ts';
import { ThreadHistoryStore } from '../../src/slack/thread-history-store.ts';
import { WorkQueue } from '../../src/slack/work-queue.ts';
import { createRecordingLogger } from '../agent/agent-test-database.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.ts';
import { makeTestDatabaseUrl, testDatabaseEngine } from '../support/test-database.ts';

/**
 * Taking over the questions of a process that stopped: only from owners that are gone, each by one
 * taker, and a question that cannot be answered again is closed with a clear "please ask again" in
 * the asker's language, its 「考え中…」 message marked as interrupted. (The kill -9 of a real process
 * is restart-after-kill.int.test.ts.)
 */
const botToken = 'xoxb-5555-6666-fakebottoken';
let directory: string;
let database: TakumiDatabase;
let slack: FakeSlackApi;
const logger = createRecordingLogger();

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'takumi-resume-'));
  database = await openDatabase({ databaseUrl: await makeTestDatabaseUrl(directory) });
  slack = await startFakeSlackApi({ botToken });
});

afterAll(async () => {
  await database?.close();
  await slack?.close();
  await rm(directory, { recursive: true, force: true });
});

/** A process id that runs nowhere on this machine (Linux pids stay below 2^22). */
const deadPid = 4_194_303 + 17;

function openQuestion(key: string, fields: Record<string, unknown> = {}) {
  return database.prisma.slackQuestion.create({
    data: {
      key,
      channel: 'CRESUME01',
      threadTs: `${key}.thread`,
      language: 'ja',
      user: 'UALICE001',
      question: 'データセットの一覧',
      owner: `${os.hostname()}:${deadPid}:dead`,
      ownerHost: os.hostname(),
      ownerPid: deadPid,
      heartbeatAt: new Date(),
      ...fields,
    },
  });
}

function dependenciesFor(questions: SlackQuestionStore): AnswerInThreadDependencies & { queue: WorkQueue } {
  const { prisma } = database;
  return {
    client: new webApi.WebClient(botToken, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
    histories: new ThreadHistoryStore(prisma, logger),
    queue: new WorkQueue((error) => logger.error('unexpected', { error })),
    questions,
    answer: () => Promise.reject(new Error('not answered again in this test')),
    answerOptions: { prisma, logger, config: loadConfig({ TAKUMI_HOME: directory }) },
    progressIntervalMilliseconds: 50,
  };
}

describe(`taking over Slack questions left open (${testDatabaseEngine})`, () => {
  it('takes over only from owners that are gone: a dead pid here, or a stale heartbeat elsewhere', async () => {
    await openQuestion('alive-here', { ownerPid: process.ppid, owner: `${os.hostname()}:${process.ppid}:x` });
    await openQuestion('alive-elsewhere', { ownerHost: 'other-host', owner: 'other-host:1:y', ownerPid: 1 });
    await openQuestion('stale-elsewhere', {
      ownerHost: 'other-host',
      owner: 'other-host:2:z',
      ownerPid: 2,
      heartbeatAt: new Date(Date.now() - 120_000),
    });
    await openQuestion('dead-here');
    await openQuestion('done-here', { status: 'answered' });
    const claimed = await new SlackQuestionStore(database.prisma).claimOrphans();
    expect(claimed.map((question) => question.key).sort()).toEqual(['dead-here', 'stale-elsewhere']);
    expect(claimed.every((question) => question.attempts === 2)).toBe(true);
    await database.prisma.slackQuestion.deleteMany();
  });

  it('gives each orphan to exactly one of two takers claiming at once', async () => {
    const keys = Array.from({ length: 30 }, (_, index) => `race-${index}`);
    for (const key of keys) await openQuestion(key);
    const takers = [new SlackQuestionStore(database.prisma), new SlackQuestionStore(database.prisma)];
    const [left, right] = await Promise.all(takers.map((taker) => taker.claimOrphans()));
    const won = [...left!, ...right!].map((question) => question.key).sort();
    expect(won).toEqual([...keys].sort());
    // Claimed once: nothing is left for a third taker, and every row was taken over once.
    expect(await new SlackQuestionStore(database.prisma).claimOrphans()).toEqual([]);
    const rows = await database.prisma.slackQuestion.findMany({ where: { key: { in: keys } } });
    expect(rows.every((row) => row.attempts === 2)).toBe(true);
    await database.prisma.slackQuestion.deleteMany();
  });

  it('asks to retry, in the asker’s language, when the answer was being posted or tried too often', async () => {
    await openQuestion('posting-en', { status: 'delivering', language: 'en', progressTs: '1700000100.000001' });
    await openQuestion('tried-twice-ja', { attempts: 2, progressTs: '1700000100.000002' });
    const dependencies = dependenciesFor(new SlackQuestionStore(database.prisma));
    expect(await resumeQuestions(dependencies)).toBe(2);
    await dependencies.queue.idle();
    const posted = (key: string) =>
      slack.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === `${key}.thread`);
    expect(posted('posting-en').map((call) => call.args['text'])).toEqual([
      'Sorry, Takumi stopped while posting the answer. If the answer above looks incomplete, please ask again.',
    ]);
    expect(posted('tried-twice-ja').map((call) => call.args['text'])).toEqual([
      '申し訳ありません。回答の途中で Takumi が停止したため、この質問には回答できませんでした。お手数ですが、もう一度質問してください。',
    ]);
    const updates = slack.callsOf('chat.update').map((call) => [call.args['ts'], call.args['text']]);
    expect(updates).toEqual(
      expect.arrayContaining([
        ['1700000100.000001', '⚠️ Interrupted'],
        ['1700000100.000002', '⚠️ 中断しました'],
      ]),
    );
    const rows = await database.prisma.slackQuestion.findMany({ orderBy: { key: 'asc' } });
    expect(rows.map((row) => [row.key, row.status, row.question])).toEqual([
      ['posting-en', 'abandoned', ''],
      ['tried-twice-ja', 'abandoned', ''],
    ]);
    // Closed: a later round (or another process) finds nothing to take over.
    expect(await resumeQuestions(dependencies)).toBe(0);
  });
});
