import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/data/ingest/import-dataset.ts';
import { createRecordingLogger } from '../agent/agent-test-database.ts';
import type { RecordedRequest } from '../support/fake-openai-server.ts';
import { sendSlackRequest } from '../support/signed-slack-request.ts';
import { eventEnvelope, mentionEvent, textOf } from './slack-test-events.ts';
import { startSlackTestRig, type SlackTestRig } from './slack-test-rig.ts';

/**
 * Issue 11 item 12: mentions are acknowledged within Slack's limits while a CDNOW-size segmentation
 * (CDNOW's master file: 23,570 customers, 69,659 purchases) is computed. Before, the analysis ran on
 * the event loop that acknowledges events: ack p95 4.7 s, 2 of 37 probes over Slack's 3 s (Slack then
 * retries, and disables an app that keeps timing out). Acks are timed from outside, as Slack sees them:
 * from sending the signed request to its HTTP response, one probe at a time.
 */
const signingSecret = '2a3b4c5d6e7f80918a7b6c5d4e3f2a1b';
const botToken = 'xoxb-7777-8888-fakebottoken';
const channel = 'CBUSY0001';
const shared = path.resolve(import.meta.dirname, '../../../shared');
const analysisQuestion = '顧客をセグメントに分けて';
const logger = createRecordingLogger();

let rig: SlackTestRig;

beforeAll(async () => {
  rig = await startSlackTestRig({
    prefix: 'takumi-slack-busy-',
    botToken,
    signingSecret,
    app: { logger, chartFonts: null, progressIntervalMilliseconds: 500 },
    prepare: async (database, directory) => {
      const lines = readFileSync(path.join(shared, 'datasets/cdnow/CDNOW_master.txt'), 'utf8').trim().split('\n');
      const ids = new Set<string>();
      const purchases: string[] = [];
      for (const line of lines.slice(1)) {
        const [id, day, , dollars] = line.trim().split(/\s+/);
        ids.add(id!);
        purchases.push(`${id},${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6)},${dollars}`);
      }
      writeFileSync(path.join(directory, 'customers.csv'), `customer_id\n${[...ids].join('\n')}\n`);
      writeFileSync(path.join(directory, 'transactions.csv'), `customer_id,date,amount\n${purchases.join('\n')}\n`);
      const report = await importDataset({
        prisma: database.prisma,
        datasetName: 'cdnow',
        customersFile: path.join(directory, 'customers.csv'),
        transactionsFile: path.join(directory, 'transactions.csv'),
        currency: 'USD',
      });
      if ((report.customers?.added ?? 0) !== 23_570)
        throw new Error(`CDNOW import: ${JSON.stringify(report.customers)}`);
    },
  });
  // The model segments when asked to, and answers every other mention at once.
  const reply = (request: RecordedRequest) => {
    const messages = request.json?.messages ?? [];
    if (messages.some((message) => message.role === 'tool')) return { content: 'セグメントに分けました。' };
    const last = messages.filter((message) => message.role === 'user').at(-1);
    return textOf(last?.content).includes(analysisQuestion)
      ? { toolCalls: [{ name: 'run_segmentation', arguments: { dataset: 'cdnow' } }] }
      : { content: 'はい。' };
  };
  rig.openAi.enqueue(...Array.from({ length: 3_000 }, () => reply));
}, 600_000);

afterAll(async () => {
  await rig?.close();
}, 300_000);

function post(eventId: string, ts: string, text: string) {
  return sendSlackRequest({
    url: `${rig.baseUrl}/slack/events`,
    signingSecret,
    body: { json: eventEnvelope(eventId, mentionEvent({ ts, text, channel, user: 'UBUSY0001' })) },
  });
}

function inThread(threadTs: string) {
  return rig.slack.callsOf('chat.postMessage').filter((call) => call.args['thread_ts'] === threadTs);
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)]!;
}

describe('Slack acks while a CDNOW-size segmentation runs', () => {
  it('acknowledges every mention quickly (p95 < 300 ms, none over 3 s) until the analysis answers', async () => {
    const analysisTs = '1763900000.000100';
    const started = performance.now();
    expect((await post('EvBusyAnalysis', analysisTs, analysisQuestion)).status).toBe(200);
    const acks: number[] = [];
    const failures: string[] = [];
    let sawSegmentation = false;
    const answered = () => inThread(analysisTs).some((call) => call.args['blocks'] !== undefined);
    for (let probe = 1; !answered() && performance.now() - started < 400_000; probe += 1) {
      sawSegmentation ||= rig.slack
        .callsOf('chat.update')
        .some((call) => /セグメンテーション/.test(String(call.args['text'])));
      // A blocked loop shows as a slow ack, or as a reset connection (the keep-alive timer fired late).
      const result = await post(
        `EvBusyProbe${probe}`,
        `1763900001.${String(probe).padStart(6, '0')}`,
        'こんにちは',
      ).then(
        (response) => ({ status: response.status, milliseconds: response.milliseconds }),
        (error: unknown) => ({ status: String(error), milliseconds: Number.NaN }),
      );
      if (result.status === 200) acks.push(result.milliseconds);
      else failures.push(`probe ${probe}: ${result.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    const answer = inThread(analysisTs).find((call) => call.args['blocks'] !== undefined);
    expect(answer, JSON.stringify(logger.lines.filter((line) => line.level === 'error'))).toBeDefined();
    expect(JSON.stringify(answer!.args['blocks'])).toContain('セグメントに分けました');
    const sorted = [...acks].sort((left, right) => left - right);
    const p50 = percentile(sorted, 0.5);
    const p95 = percentile(sorted, 0.95);
    const max = sorted.at(-1)!;
    console.log(
      `ack while segmenting CDNOW (23,570 customers): ${acks.length} probes over ${seconds.toFixed(1)} s, p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms, ${sorted.filter((ms) => ms > 300).length} over 300 ms, ${sorted.filter((ms) => ms > 3_000).length} over 3 s, ${failures.length} failed`,
    );
    // The probes really overlapped the analysis: it showed its step, and took a while.
    expect(sawSegmentation).toBe(true);
    expect(acks.length).toBeGreaterThanOrEqual(20);
    expect(failures).toEqual([]);
    expect(p95).toBeLessThan(300);
    expect(max).toBeLessThan(3_000);
    // Every probe is a question too: each is answered once, after (or beside) the analysis.
    await rig.slackApp.idle();
    for (let probe = 1; probe <= acks.length; probe += 1) {
      const posts = inThread(`1763900001.${String(probe).padStart(6, '0')}`);
      expect(posts.filter((call) => call.args['blocks'] !== undefined)).toHaveLength(1);
    }
  }, 600_000);
});
