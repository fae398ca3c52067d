import { describe, expect, it } from 'vitest';
import { TakumiError, toTakumiError } from '../src/engine/takumi-error.ts';

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
