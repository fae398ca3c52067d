import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dateTextSchema } from '../../../src/data/ingest/date-text-schema.ts';

function codeOf(text: string): unknown {
  const result = dateTextSchema.safeParse(text);
  return result.success ? 'ok' : codeOfIssue(result.error.issues[0]);
}

describe('dateTextSchema', () => {
  it.each([
    ['2024-03-15', '2024-03-15T00:00:00.000Z'],
    [' 2024-3-5 ', '2024-03-05T00:00:00.000Z'],
    ['2024-03-15T14:30', '2024-03-15T14:30:00.000Z'],
    ['2024-03-15 14:30:05', '2024-03-15T14:30:05.000Z'],
    ['2024-03-15t14:30:05.250z', '2024-03-15T14:30:05.250Z'],
    ['2024-03-15T09:00+09:00', '2024-03-15T00:00:00.000Z'],
    ['2024-03-15T09:00-0130', '2024-03-15T10:30:00.000Z'],
    ['20240315', '2024-03-15T00:00:00.000Z'],
    ['2024/3/15', '2024-03-15T00:00:00.000Z'],
    ['2024/03/15 08:05', '2024-03-15T08:05:00.000Z'],
    ['2024年3月15日', '2024-03-15T00:00:00.000Z'],
    ['２０２４－０３－１５', '2024-03-15T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('reads %j as %s (no time zone: stored as written, in UTC)', (text, iso) => {
    expect(dateTextSchema.parse(text).toISOString()).toBe(iso);
  });

  it.each([
    ['', 'DATE_EMPTY'],
    ['   ', 'DATE_EMPTY'],
    ['05/01/2024', 'DATE_FORMAT'],
    ['15.03.2024', 'DATE_FORMAT'],
    ['2024-03', 'DATE_FORMAT'],
    ['yesterday', 'DATE_FORMAT'],
    ['2024-03-15+09:00', 'DATE_FORMAT'],
    ['2023-02-29', 'DATE_INVALID'],
    ['2024-13-01', 'DATE_INVALID'],
    ['2024-04-31', 'DATE_INVALID'],
    ['20240230', 'DATE_INVALID'],
    ['2024-03-15T24:00', 'DATE_INVALID'],
    ['1850-01-01', 'DATE_OUT_OF_RANGE'],
    ['2999-01-01', 'DATE_OUT_OF_RANGE'],
  ])('rejects %j with %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('says what to write instead', () => {
    const result = dateTextSchema.safeParse('05/01/2024');
    expect(result.success ? '' : result.error.issues[0]!.message).toBe(
      '"05/01/2024" is not a date Takumi reads; write it as yyyy-mm-dd like 2024-03-15 (20240315, 2024/03/15 and 2024-03-15T14:30 also work)',
    );
  });
});

function codeOfIssue(issue: z.core.$ZodIssue | undefined): unknown {
  return issue?.code === 'custom' ? issue.params?.code : issue?.code;
}
