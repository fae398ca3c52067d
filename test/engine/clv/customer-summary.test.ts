import { describe, expect, it } from 'vitest';
import { validateCustomerSummaries } from '../../../src/engine/clv/customer-summary.ts';

const both = { timing: true, spend: true };
const good = { frequency: 2, recency: 10, age: 20, monetaryValue: 15 };

describe('validateCustomerSummaries', () => {
  it('accepts sound rows, including one-time buyers without a spend', () => {
    expect(() =>
      validateCustomerSummaries([good, { frequency: 0, recency: 0, age: 5, monetaryValue: 0 }], both),
    ).not.toThrow();
  });

  it.each([
    [{ ...good, frequency: -1 }, 'frequency'],
    [{ ...good, frequency: 1.5 }, 'frequency'],
    [{ ...good, frequency: Number.NaN }, 'frequency'],
    [{ ...good, age: 0 }, 'age'],
    [{ ...good, age: Number.POSITIVE_INFINITY }, 'age'],
    [{ ...good, recency: -0.5 }, 'recency'],
    [{ ...good, recency: 25 }, 'recency'],
    [{ frequency: 0, recency: 3, age: 20, monetaryValue: 0 }, 'recency'],
    [{ ...good, monetaryValue: -4 }, 'monetaryValue'],
    [{ frequency: 2, recency: 10, age: 20 }, 'monetaryValue'],
  ])('rejects %o, naming the index and field %s', (row, field) => {
    expect(() => validateCustomerSummaries([good, good, row], both)).toThrow(
      expect.objectContaining({
        code: 'CLV_INVALID_INPUT',
        details: expect.objectContaining({ index: 2, field }),
        message: expect.stringMatching(new RegExp(`^Customer 2 has ${field} = .*Fix that row`)),
      }),
    );
  });

  it('checks only what the model uses', () => {
    expect(() =>
      validateCustomerSummaries([{ frequency: 2, monetaryValue: 9 }], { timing: false, spend: true }),
    ).not.toThrow();
    expect(() =>
      validateCustomerSummaries([{ frequency: 2, recency: 1, age: 3 }], { timing: true, spend: false }),
    ).not.toThrow();
  });
});
