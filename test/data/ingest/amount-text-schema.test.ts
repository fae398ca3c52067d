import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { amountTextSchema } from '../../../src/data/ingest/amount-text-schema.ts';

function outcome(text: string): unknown {
  const result = amountTextSchema.safeParse(text);
  return result.success ? result.data : codeOfIssue(result.error.issues[0]);
}

describe('amountTextSchema', () => {
  it.each([
    ['1200', 1200],
    [' 12.5 ', 12.5],
    ['0', 0],
    ['1,234', 1234],
    ['1,234,567.25', 1234567.25],
    ['¥1,200', 1200],
    ['￥980', 980],
    ['$12.50', 12.5],
    ['1200円', 1200],
    ['１２００', 1200],
  ])('reads %j as %d', (text, amount) => {
    expect(outcome(text)).toBe(amount);
  });

  it.each([
    ['', 'AMOUNT_EMPTY'],
    ['abc', 'AMOUNT_NOT_A_NUMBER'],
    ['12,5', 'AMOUNT_NOT_A_NUMBER'],
    ['1,23,456', 'AMOUNT_NOT_A_NUMBER'],
    ['12.5.1', 'AMOUNT_NOT_A_NUMBER'],
    ['1e3', 'AMOUNT_NOT_A_NUMBER'],
    ['9'.repeat(400), 'AMOUNT_TOO_LARGE'],
    [`1${'0'.repeat(308)}`, 'AMOUNT_TOO_LARGE'],
    ['1,000,000,000,001', 'AMOUNT_TOO_LARGE'],
    ['-300', 'AMOUNT_NEGATIVE'],
    ['-¥1,200', 'AMOUNT_NEGATIVE'],
    ['¥', 'AMOUNT_NOT_A_NUMBER'],
  ])('rejects %j with %s', (text, code) => {
    expect(outcome(text)).toBe(code);
  });

  it('tells how to write a decimal when a comma was used as one', () => {
    const result = amountTextSchema.safeParse('12,5');
    expect(result.success ? '' : result.error.issues[0]!.message).toBe(
      '"12,5" is not a number Takumi reads; use a dot for decimals (12.5), commas only between thousands (1,234)',
    );
  });
});

function codeOfIssue(issue: z.core.$ZodIssue | undefined): unknown {
  return issue?.code === 'custom' ? issue.params?.code : issue?.code;
}
