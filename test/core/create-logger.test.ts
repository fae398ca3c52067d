import fs, { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/core/create-logger.ts';
import { TakumiError } from '../../src/core/takumi-error.ts';
import { makeTemporaryDirectory } from '../support/temporary-directory.ts';

describe('createLogger', () => {
  it('writes one JSON line per entry to the file (folder created), errors serialized, warnings echoed', async () => {
    const file = path.join(makeTemporaryDirectory('takumi-logger-'), 'logs', 'takumi.log');
    const echoed: string[] = [];
    const logger = createLogger({ file, echo: (line) => echoed.push(line) });
    logger.info('Started', { datasets: 2 });
    const cause = new RangeError('inner');
    logger.error('Tool failed', {
      errorId: 'E-0000abcd',
      error: new TakumiError('TOOL_X', 'Do this.', { k: 3 }, { cause }),
      nested: { list: [new Error('in a list')] },
    });
    logger.warn('Slow');
    await logger.flush();
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line['level'], line['message']])).toEqual([
      ['info', 'Started'],
      ['error', 'Tool failed'],
      ['warn', 'Slow'],
    ]);
    expect(lines[0]).toMatchObject({ datasets: 2 });
    expect(new Date(lines[0]!['time'] as string).toISOString()).toBe(lines[0]!['time']);
    expect(lines[1]).toMatchObject({
      errorId: 'E-0000abcd',
      error: {
        name: 'TakumiError',
        code: 'TOOL_X',
        details: { k: 3 },
        cause: { name: 'RangeError', message: 'inner' },
      },
      nested: { list: [{ message: 'in a list' }] },
    });
    expect(echoed).toEqual(['[takumi error] Tool failed', '[takumi warn] Slow']);
  });

  it('never writes synchronously: a line leaves through fs.write, not writeSync or appendFileSync', async () => {
    const file = path.join(makeTemporaryDirectory('takumi-logger-'), 'takumi.log');
    const logger = createLogger({ file });
    await logger.flush();
    const spies = [vi.spyOn(fs, 'writeSync'), vi.spyOn(fs, 'appendFileSync'), vi.spyOn(fs, 'writeFileSync')];
    const asyncWrite = vi.spyOn(fs, 'write');
    try {
      for (let line = 0; line < 20; line += 1) logger.info('queued', { line });
      await logger.flush();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(asyncWrite).toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(20);
  });
});
