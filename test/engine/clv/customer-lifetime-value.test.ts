import { describe, expect, it } from 'vitest';
import {
  customerLifetimeValue,
  defaultCustomerLifetimeValueOptions,
} from '../../../src/engine/clv/customer-lifetime-value.ts';

const purchases = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const spend = { p: 6.25, q: 3.74, gamma: 15.44 };
const customers = [
  { frequency: 0, recency: 0, age: 38.86, monetaryValue: 0 },
  { frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35 },
  { frequency: 1, recency: 1.71, age: 38.86, monetaryValue: 11.77 },
  { frequency: 7, recency: 35.0, age: 38.0, monetaryValue: 40.0 },
];
// Reference: a throwaway /usr/bin/python3 script (numpy 1.24.2, Debian scipy 1.10.1) reproducing
// lifetimes' `_customer_lifetime_value` with time = 12, discount_rate = 0.01 and factor 4.345 (monthly
// periods on weekly data): Σₖ spend·(E(k·4.345) − E((k−1)·4.345)) / 1.01^k, with E the BetaGeoFitter
// conditional expectation (scipy hyp2f1, plain form) and spend the Gamma-Gamma conditional mean.
const expected = [8.369004358920183, 36.289211125599216, 4.637294659747194, 214.99310365782028];

describe('customerLifetimeValue', () => {
  it('matches lifetimes’ discounted CLV for monthly periods on weekly data', () => {
    const result = customerLifetimeValue(purchases, spend, customers, {
      periods: 12,
      periodLength: 4.345,
      discountRatePerPeriod: 0.01,
    });
    result.customers.forEach((forecast, index) => {
      expect(forecast.customerIndex).toBe(index);
      expect(Math.abs(forecast.lifetimeValue - (expected[index] as number)) / (expected[index] as number)).toBeLessThan(
        1e-10,
      );
    });
    expect(result.totalLifetimeValue).toBeCloseTo(
      expected.reduce((total, value) => total + value, 0),
      8,
    );
    expect(result.horizon).toBeCloseTo(12 * 4.345, 12);
    // The one-time buyer is valued at the population mean spend 6.25·15.44/2.74 and is surely alive.
    expect(result.customers[0]?.expectedAverageSpend).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    expect(result.customers[0]?.probabilityAlive).toBe(1);
  });

  it('equals expected purchases × spend without discounting', () => {
    const result = customerLifetimeValue(purchases, spend, customers, {
      periods: 6,
      periodLength: 2,
      discountRatePerPeriod: 0,
    });
    for (const forecast of result.customers) {
      expect(forecast.lifetimeValue).toBeCloseTo(forecast.expectedPurchases * forecast.expectedAverageSpend, 10);
    }
  });

  it('uses exported defaults and rejects bad options and rows', () => {
    const result = customerLifetimeValue(purchases, spend, customers);
    expect(result.options).toEqual(defaultCustomerLifetimeValueOptions);
    expect(() => customerLifetimeValue(purchases, spend, customers, { periods: 0 })).toThrow(
      expect.objectContaining({ code: 'CLV_INVALID_INPUT', details: { field: 'periods', value: 0 } }),
    );
    expect(() => customerLifetimeValue(purchases, spend, customers, { discountRatePerPeriod: Number.NaN })).toThrow(
      expect.objectContaining({
        code: 'CLV_INVALID_INPUT',
        details: expect.objectContaining({ field: 'discountRatePerPeriod' }),
      }),
    );
    expect(() =>
      customerLifetimeValue(purchases, spend, [{ frequency: 1, recency: 50, age: 38.86, monetaryValue: 3 }]),
    ).toThrow(
      expect.objectContaining({
        code: 'CLV_INVALID_INPUT',
        details: expect.objectContaining({ index: 0, field: 'recency' }),
      }),
    );
  });

  it('refuses to value a one-time buyer when the spend model has no finite mean', () => {
    expect(() => customerLifetimeValue(purchases, { p: 6.25, q: 0.9, gamma: 15.44 }, customers)).toThrow(
      expect.objectContaining({ code: 'CLV_NOT_IDENTIFIABLE' }),
    );
  });
});
