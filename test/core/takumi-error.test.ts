import { describe, expect, it } from 'vitest';
import { serializeError } from '../../src/core/serialize-error.ts';
import { createErrorId, TakumiError, toTakumiError } from '../../src/core/takumi-error.ts';

describe('TakumiError', () => {
  it('keeps code, details and cause, and is named after the subclass', () => {
    class ExampleError extends TakumiError {}
    const cause = new Error('inner');
    const error = new ExampleError('EXAMPLE', 'Do this instead.', { file: 'a.csv' }, { cause });
    expect(error.name).toBe('ExampleError');
    expect(error.code).toBe('EXAMPLE');
    expect(error.details).toEqual({ file: 'a.csv' });
    expect(error.cause).toBe(cause);
  });

  it('wraps unknown errors but passes TakumiErrors through', () => {
    const own = new TakumiError('OWN', 'own');
    expect(toTakumiError(own, 'WRAPPED', 'x')).toBe(own);
    const wrapped = toTakumiError(new RangeError('bad'), 'WRAPPED', 'Reading failed');
    expect(wrapped.code).toBe('WRAPPED');
    expect(wrapped.message).toBe('Reading failed: bad');
  });
});

describe('createErrorId and serializeError', () => {
  it('makes E- ids of eight hex digits, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => createErrorId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^E-[0-9a-f]{8}$/);
  });

  it('keeps code, details, a library code, Slack’s error name and the cause chain', () => {
    const root = Object.assign(new Error('An API error occurred: not_in_channel'), {
      code: 'slack_webapi_platform_error',
      data: { error: 'not_in_channel' },
    });
    const error = new TakumiError('SLACK_POST_FAILED', 'Invite the app.', { channel: 'C1' }, { cause: root });
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({
      name: 'TakumiError',
      message: 'Invite the app.',
      code: 'SLACK_POST_FAILED',
      details: { channel: 'C1' },
      cause: { code: 'slack_webapi_platform_error', slackError: 'not_in_channel' },
    });
    expect(serialized.stack).toContain('takumi-error.test.ts');
    expect(JSON.parse(JSON.stringify(serialized))).toEqual(serialized);
  });

  it('turns a thrown non-error into text and stops on a cyclic cause', () => {
    expect(serializeError('boom')).toEqual({ value: 'boom' });
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.assign(a, { cause: b });
    let depth = 0;
    for (let at = serializeError(a); at.cause; at = at.cause) depth += 1;
    expect(depth).toBe(5);
  });
});
