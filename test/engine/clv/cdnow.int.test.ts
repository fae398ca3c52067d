import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '../../../src/engine/clv/customer-lifetime-value.ts';
import { fitBgNbd } from '../../../src/engine/clv/fit-bg-nbd.ts';
import { fitGammaGamma } from '../../../src/engine/clv/fit-gamma-gamma.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cdnowDirectory = path.join(
  path.resolve(process.env.TAKUMI_SHARED_DIR ?? path.join(repoRoot, '../shared')),
  'datasets/cdnow',
);

/** The CDNOW summaries are plain header-first CSV without quoting: a split per line is enough. */
function readRows(file: string): Record<string, number>[] {
  const [header, ...lines] = readFileSync(path.join(cdnowDirectory, file), 'utf8').trim().split(/\r?\n/);
  const names = (header as string).split(',');
  return lines.map((line) => {
    const cells = line.split(',').map(Number);
    return Object.fromEntries(names.map((name, index) => [name, cells[index] as number]));
  });
}

// Published: Fader, Hardie & Lee (2005), as in shared/README.md.
const publishedBgNbd = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const publishedGammaGamma = { p: 6.25, q: 3.74, gamma: 15.44 };
// Full-precision MLE on the same files: /usr/bin/python3 (numpy 1.24.2, Debian scipy 1.10.1), the
// lifetimes log-likelihoods on log-parameters, scipy.optimize.minimize Nelder-Mead (xatol 1e-12,
// fatol 1e-13) restarted 4 times and polished with BFGS (gtol 1e-9).
const scipyBgNbd = { r: 0.2425929074881398, alpha: 4.413531664243902, a: 0.7928861555401159, b: 2.425753711442182 };
const scipyBgNbdLogLikelihood = -9582.42556056736;
const scipyGammaGamma = { p: 6.248803135891452, q: 3.7445883948322645, gamma: 15.447746302646058 };
const scipyGammaGammaLogLikelihood = -4055.923243502858;

describe.skipIf(!existsSync(cdnowDirectory))('CDNOW (Fader, Hardie & Lee 2005)', () => {
  const summary = readRows('cdnow_customers_summary.csv').map((row) => ({
    frequency: row.frequency as number,
    recency: row.recency as number,
    age: row.T as number,
  }));
  const withSpend = readRows('cdnow_customers_summary_with_transactions.csv').map((row) => ({
    frequency: row.x as number,
    recency: row.t_x as number,
    age: row.T as number,
    monetaryValue: row.zbar as number,
  }));

  it('fits BG/NBD within 1 % of the published estimates and 1e-5 of scipy', () => {
    const fit = fitBgNbd(summary);
    expect(fit.customerCount).toBe(2357);
    expect(fit.repeatBuyerCount).toBe(946);
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit[name] / publishedBgNbd[name] - 1)).toBeLessThan(0.01);
      expect(Math.abs(fit[name] / scipyBgNbd[name] - 1)).toBeLessThan(1e-5);
    }
    expect(fit.logLikelihood).toBeCloseTo(scipyBgNbdLogLikelihood, 6);
  });

  it('fits Gamma-Gamma on the 946 repeat buyers within 1 % of the published estimates', () => {
    const fit = fitGammaGamma(withSpend);
    expect(fit.repeatBuyerCount).toBe(946);
    for (const name of ['p', 'q', 'gamma'] as const) {
      expect(Math.abs(fit[name] / publishedGammaGamma[name] - 1)).toBeLessThan(0.01);
      expect(Math.abs(fit[name] / scipyGammaGamma[name] - 1)).toBeLessThan(1e-5);
    }
    expect(fit.logLikelihood).toBeCloseTo(scipyGammaGammaLogLikelihood, 6);
  });

  it('values the whole cohort like lifetimes', () => {
    // Reference: the same throwaway python (scipy hyp2f1, lifetimes' formulas) summing
    // `_customer_lifetime_value` (12 periods of 4.345 weeks, 1 % per period) over all 2357 customers
    // at the published parameters: total 71560.20884012133, customer 0: 36.289211125599216.
    const result = customerLifetimeValue(publishedBgNbd, publishedGammaGamma, withSpend, {
      periods: 12,
      periodLength: 4.345,
      discountRatePerPeriod: 0.01,
    });
    expect(result.customers).toHaveLength(2357);
    expect(Math.abs(result.totalLifetimeValue / 71560.20884012133 - 1)).toBeLessThan(1e-9);
    expect(result.customers[0]?.lifetimeValue).toBeCloseTo(36.289211125599216, 9);
  });
});
