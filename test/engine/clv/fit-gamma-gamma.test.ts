import { describe, expect, it } from 'vitest';
import type { CustomerSpendSummary } from '../../../src/engine/clv/customer-summary.ts';
import { defaultGammaGammaFitOptions, fitGammaGamma } from '../../../src/engine/clv/fit-gamma-gamma.ts';

/** 20 repeat buyers (every x in {1, 2, 3, 5} with every z̄ in {10, 20, 35, 60, 120}) and 3 one-time buyers. */
function gridCustomers(): CustomerSpendSummary[] {
  const customers: CustomerSpendSummary[] = [];
  for (const frequency of [1, 2, 3, 5]) {
    for (const monetaryValue of [10, 20, 35, 60, 120]) customers.push({ frequency, monetaryValue });
  }
  for (let index = 0; index < 3; index += 1) customers.push({ frequency: 0, monetaryValue: 0 });
  return customers;
}

// Reference MLE on the 20 repeat buyers: /usr/bin/python3 (numpy 1.24.2, Debian scipy 1.10.1), the
// lifetimes Gamma-Gamma log-likelihood on log-parameters, scipy.optimize.minimize Nelder-Mead
// (xatol 1e-12, fatol 1e-13) restarted 5 times, then BFGS (gtol 1e-10).
const gridReference = { p: 17.927280959196715, q: 1.6552726666848865, gamma: 2.332767830368917 };
const gridLogLikelihood = -96.71247194408315;

describe('fitGammaGamma', () => {
  it('finds the same maximum as scipy, skipping customers without repeat purchases', () => {
    const fit = fitGammaGamma(gridCustomers());
    expect(fit.converged).toBe(true);
    expect(fit.repeatBuyerCount).toBe(20);
    expect(fit.logLikelihood).toBeCloseTo(gridLogLikelihood, 7);
    for (const name of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(fit[name] - gridReference[name]) / gridReference[name]).toBeLessThan(1e-5);
    }
    // The grid crosses frequency and spend, so they are uncorrelated: no warning.
    expect(fit.frequencySpendCorrelation).toBeCloseTo(0, 12);
    expect(fit.warnings).toEqual([]);
  });

  it('gives the same model in any currency (gamma scales, p and q stay)', () => {
    const dollars = fitGammaGamma(gridCustomers());
    const cents = fitGammaGamma(
      gridCustomers().map((customer) => ({ ...customer, monetaryValue: customer.monetaryValue * 100 })),
    );
    expect(cents.gamma / 100 / dollars.gamma).toBeCloseTo(1, 5);
    expect(cents.p / dollars.p).toBeCloseTo(1, 5);
    expect(cents.logLikelihood).toBeCloseTo(dollars.logLikelihood - 20 * Math.log(100), 6);
  });

  it('warns when spend follows frequency', () => {
    const customers = [0.5, 1, 2, 4].flatMap((factor) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((frequency) => ({
        frequency,
        monetaryValue: 10 * frequency * factor,
      })),
    );
    const fit = fitGammaGamma(customers);
    expect(fit.frequencySpendCorrelation).toBeGreaterThan(0.5);
    expect(fit.warnings.some((warning) => /assumes they are independent/.test(warning.message))).toBe(true);
  });

  it('refuses too few repeat buyers', () => {
    const customers = [
      ...gridCustomers().slice(0, 4),
      ...Array.from({ length: 40 }, () => ({ frequency: 0, monetaryValue: 0 })),
    ];
    expect(() => fitGammaGamma(customers)).toThrow(
      expect.objectContaining({
        code: 'CLV_NOT_IDENTIFIABLE',
        details: expect.objectContaining({ repeatBuyerCount: 4 }),
      }),
    );
  });

  it('reports identical spends as not identifiable', () => {
    const customers = Array.from({ length: 30 }, (_, index) => ({ frequency: 1 + (index % 4), monetaryValue: 25 }));
    expect(() => fitGammaGamma(customers)).toThrow(
      expect.objectContaining({
        code: 'CLV_NOT_IDENTIFIABLE',
        message: expect.stringMatching(/spend \(nearly\) the same amount/),
      }),
    );
  });

  it('names a repeat buyer with a missing or non-positive spend', () => {
    const customers = gridCustomers();
    customers[3] = { frequency: 2, monetaryValue: 0 };
    expect(() => fitGammaGamma(customers)).toThrow(
      expect.objectContaining({ code: 'CLV_INVALID_INPUT', details: { index: 3, field: 'monetaryValue', value: 0 } }),
    );
    customers[3] = { frequency: 2, monetaryValue: Number.NaN };
    expect(() => fitGammaGamma(customers)).toThrow(
      expect.objectContaining({ code: 'CLV_INVALID_INPUT', message: expect.stringMatching(/^Customer 3 /) }),
    );
  });

  it('throws CLV_NOT_CONVERGED on a starved optimiser', () => {
    expect(() => fitGammaGamma(gridCustomers(), { optimizer: { maxFunctionEvaluations: 20 } })).toThrow(
      expect.objectContaining({ code: 'CLV_NOT_CONVERGED' }),
    );
    expect(defaultGammaGammaFitOptions.minimumRepeatBuyers).toBe(10);
  });
});
