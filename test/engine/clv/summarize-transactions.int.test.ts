import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { summarizeTransactions } from '../../../src/engine/clv/summarize-transactions.ts';

const cdnow = path.join(loadConfig().sharedDirectory, 'datasets/cdnow');

/**
 * The published CDNOW summaries (x, t_x, T, z̄ over the 39-week calibration period ending 1997-09-30)
 * were computed by the paper's authors from CDNOW_sample.txt: rebuilding them from the raw
 * transactions is an independent check of our summarising.
 */
describe.skipIf(!existsSync(cdnow))('summarizeTransactions against the published CDNOW summaries', () => {
  it('reproduces x, t_x, T and z̄ of all 2357 customers to the published two decimals', () => {
    const transactions = readFileSync(path.join(cdnow, 'CDNOW_sample.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const [, sampleId, date, , dollars] = line.trim().split(/\s+/);
        return {
          customerId: Number(sampleId),
          date: new Date(`${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)}T00:00:00Z`),
          amount: Number(dollars),
        };
      });
    const published = readFileSync(path.join(cdnow, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').map(Number));
    const ids = published.map((row) => row[0]!);
    const summaries = summarizeTransactions(ids, transactions, { asOf: new Date('1997-09-30T00:00:00Z') });
    expect(summaries).toHaveLength(2357);
    summaries.forEach((summary, index) => {
      const [, x, tx, age, zbar] = published[index]!;
      expect(summary.frequency).toBe(x);
      expect(Math.abs(summary.recency - tx!)).toBeLessThanOrEqual(0.0051);
      expect(Math.abs(summary.age - age!)).toBeLessThanOrEqual(0.0051);
      expect(Math.abs(summary.monetaryValue - zbar!)).toBeLessThanOrEqual(0.0051);
    });
  });

  it('names a customer without purchases', () => {
    expect(() => summarizeTransactions([7], [], { asOf: new Date('2026-01-01') })).toThrow(
      /Customer 7 has no purchase/,
    );
  });
});
