import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/slack/work-queue.ts';

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('WorkQueue', () => {
  it('runs jobs of one key in order, other keys alongside, at most `concurrency` at once', async () => {
    const unexpected: unknown[] = [];
    const queue = new WorkQueue((error) => unexpected.push(error), { concurrency: 2 });
    const log: string[] = [];
    let running = 0;
    let peak = 0;
    const job = (name: string, milliseconds: number) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      log.push(`start ${name}`);
      await sleep(milliseconds);
      log.push(`end ${name}`);
      running -= 1;
    };
    const queued: string[] = [];
    void queue.run('thread-a', job('a1', 40));
    void queue.run('thread-a', job('a2', 5), () => queued.push('a2'));
    void queue.run('thread-b', job('b1', 10));
    void queue.run('thread-c', job('c1', 10), () => queued.push('c1'));
    await queue.idle();
    expect(log.indexOf('start a2')).toBeGreaterThan(log.indexOf('end a1'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    expect(peak).toBe(2);
    expect(queued).toEqual(['a2', 'c1']);
    expect(log.filter((line) => line.startsWith('end'))).toHaveLength(4);
    expect(unexpected).toEqual([]);
  });

  it('hands an escaped error to onUnexpected and keeps going; idle() also waits for tracked work', async () => {
    const unexpected: unknown[] = [];
    const queue = new WorkQueue((error) => unexpected.push(error), { concurrency: 1 });
    const done: string[] = [];
    void queue.run('t', async () => {
      throw new Error('boom');
    });
    void queue.run('t', async () => {
      done.push('after boom');
    });
    queue.track(sleep(20).then(() => void done.push('tracked')));
    await queue.idle();
    expect(done).toEqual(['after boom', 'tracked']);
    expect(unexpected).toMatchObject([{ message: 'boom' }]);
    expect(() => new WorkQueue(() => {}, { concurrency: 0 })).toThrow(RangeError);
  });
});
