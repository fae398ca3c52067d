import { describe, expect, it } from 'vitest';
import { ProgressMessage } from '../../src/slack/progress-message.ts';

const noLogger = { info: () => {}, warn: () => {}, error: () => {} };
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('ProgressMessage', () => {
  it('sends at most one update per interval, the latest text, in order, and the final text last', async () => {
    const sent: { text: string; at: number }[] = [];
    const started = Date.now();
    const progress = new ProgressMessage({
      channel: 'C1',
      ts: '1.1',
      logger: noLogger,
      minimumIntervalMilliseconds: 100,
      // A slow Web API: an update takes longer than the interval.
      update: async ({ text }) => {
        await sleep(30);
        sent.push({ text, at: Date.now() - started });
      },
    });
    for (let step = 1; step <= 20; step += 1) {
      progress.show(`step ${step}/20`);
      await sleep(12);
    }
    const elapsed = Date.now() - started;
    await progress.finish('done');
    const texts = sent.map((entry) => entry.text);
    expect(texts.at(-1)).toBe('done');
    expect(texts[0]).toBe('step 1/20');
    // One update per started 100 ms (plus the final one), however slowly the steps came: never all 20.
    expect(texts.length - 1).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 1);
    expect(texts.length).toBeLessThan(20);
    const steps = texts.slice(0, -1).map((text) => Number(/step (\d+)/.exec(text)![1]));
    expect(steps).toEqual([...steps].sort((left, right) => left - right));
    for (let index = 1; index < sent.length - 1; index += 1)
      expect(sent[index]!.at - sent[index - 1]!.at).toBeGreaterThanOrEqual(90);
    progress.show('too late');
    await sleep(150);
    expect(sent.at(-1)!.text).toBe('done');
  });

  it('logs a failed update and carries on', async () => {
    const warnings: string[] = [];
    const sent: string[] = [];
    let calls = 0;
    const progress = new ProgressMessage({
      channel: 'C1',
      ts: '1.1',
      logger: { ...noLogger, warn: (message) => warnings.push(message) },
      minimumIntervalMilliseconds: 0,
      update: async ({ text }) => {
        calls += 1;
        if (calls === 1) throw new Error('ratelimited');
        sent.push(text);
      },
    });
    progress.show('first');
    await sleep(10);
    await progress.finish('done');
    expect(warnings).toEqual(['Could not update the Slack progress message']);
    expect(sent).toEqual(['done']);
  });

  it('sends nothing for the text already shown, and drops a waiting change when the text goes back', async () => {
    const sent: string[] = [];
    const progress = new ProgressMessage({
      channel: 'C1',
      ts: '1.1',
      postedText: 'thinking',
      logger: noLogger,
      minimumIntervalMilliseconds: 50,
      update: async ({ text }) => void sent.push(text),
    });
    progress.show('thinking');
    await sleep(20);
    expect(sent).toEqual([]);
    progress.show('step 1');
    await sleep(10);
    progress.show('waiting');
    progress.show('step 1');
    await sleep(80);
    expect(sent).toEqual(['step 1']);
    progress.show('waiting');
    progress.show('step 1');
    await sleep(80);
    expect(sent).toEqual(['step 1']);
    await progress.finish('done');
    expect(sent).toEqual(['step 1', 'done']);
  });
});
