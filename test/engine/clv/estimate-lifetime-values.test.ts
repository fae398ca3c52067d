import { describe, expect, it } from 'vitest';
import { estimateLifetimeValues } from '../../../src/engine/clv/estimate-lifetime-values.ts';
import { fitBgNbd } from '../../../src/engine/clv/fit-bg-nbd.ts';
import { summarizeTransactions } from '../../../src/engine/clv/summarize-transactions.ts';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { sampleGamma } from '../../../tools/planted/sample-gamma.ts';

const day = 86_400_000;
const asOf = new Date('2026-07-01T00:00:00Z');

/** Purchases as BG/NBD assumes, with every customer sharing one dropout probability when `dropout` is a number. */
function simulate(customers: number, dropout: number | null, seed: number) {
  const random = createRandom(seed);
  const transactions: { customerId: number; date: Date; amount: number }[] = [];
  for (let customer = 1; customer <= customers; customer += 1) {
    const rate = (-Math.log(1 - random.next()) * 8) / 365;
    const p = dropout ?? 1 - random.next() ** (1 / 3);
    const meanSpend = sampleGamma(random, 4, 40);
    let time = asOf.getTime() - (100 + random.integer(250)) * day;
    for (
      let active = true;
      active && time < asOf.getTime();
      time -= (Math.log(1 - random.next()) / Math.max(rate, 1e-4)) * day
    ) {
      transactions.push({ customerId: customer, date: new Date(time), amount: sampleGamma(random, 6, meanSpend) });
      active = random.next() >= p;
    }
  }
  return { ids: Array.from({ length: customers }, (_, index) => index + 1), transactions };
}

describe('estimateLifetimeValues', () => {
  it('gives every buyer a positive CLV from maximum likelihood when dropout varies between customers', () => {
    const { ids, transactions } = simulate(400, null, 3);
    const estimate = estimateLifetimeValues([...ids, 9999], transactions, { asOf });
    expect(estimate.values.at(-1)).toBeNull();
    expect(estimate.values.slice(0, -1).every((value) => value !== null && value > 0)).toBe(true);
    expect(estimate.warnings.some((warning) => /weak prior/.test(warning.message))).toBe(false);
  });

  it('falls back to a flagged MAP fit when dropout is the same for everyone (a, b run off)', () => {
    const { ids, transactions } = simulate(300, 0.25, 1);
    const summaries = summarizeTransactions(ids, transactions, { asOf });
    expect(() => fitBgNbd(summaries)).toThrow(/runs off towards infinity/);
    const estimate = estimateLifetimeValues(ids, transactions, { asOf });
    expect(estimate.warnings.some((warning) => /weak prior \(MAP estimate\)/.test(warning.message))).toBe(true);
    expect(Number.isFinite(estimate.purchaseModel.a) && Number.isFinite(estimate.purchaseModel.b)).toBe(true);
    // The prior keeps the mean dropout near the planted 0.25.
    expect(estimate.purchaseModel.a / (estimate.purchaseModel.a + estimate.purchaseModel.b)).toBeGreaterThan(0.1);
    expect(estimate.purchaseModel.a / (estimate.purchaseModel.a + estimate.purchaseModel.b)).toBeLessThan(0.45);
  });

  it('leaves a repeat buyer whose repeat purchases are all 0 out, with a counted warning, and values everyone else', () => {
    const { ids, transactions } = simulate(400, null, 3);
    const free = [
      { customerId: 7001, date: new Date(asOf.getTime() - 90 * day), amount: 0 },
      { customerId: 7001, date: new Date(asOf.getTime() - 30 * day), amount: 0 },
    ];
    const estimate = estimateLifetimeValues([...ids, 7001], [...transactions, ...free], { asOf });
    expect(estimate.values.at(-1)).toBeNull();
    expect(estimate.values.slice(0, -1).every((value) => value !== null && value > 0)).toBe(true);
    const warning = estimate.warnings.find((each) => each.code === 'SPEND_ZERO_EXCLUDED');
    expect(warning?.params).toEqual({ count: 1 });
    expect(warning?.message).not.toMatch(/7001|Customer \d/);
  });
});
