import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random/create-random.ts';
import { sampleBinomial } from '../../../src/engine/random/sample-binomial.ts';
import { sampleGamma } from '../../../src/engine/random/sample-gamma.ts';
import { expectedNetReturn, simulateWhatIf } from '../../../src/engine/what-if/simulate-what-if.ts';
import type { WhatIfInput } from '../../../src/engine/what-if/what-if-types.ts';

const base: WhatIfInput = {
  contacts: 1000,
  contactCost: 5000,
  discountRate: 0.1,
  incentivePerRedeemer: 0,
  baselineRate: 0.05,
  baselineCustomers: null,
  response: { kind: 'range', low: 0.01, base: 0.02, high: 0.04 },
  orderValue: { mean: 4000, standardDeviation: 2000, customers: 400 },
  grossMargin: 0.4,
  grossMarginRange: { low: 0.3, high: 0.5 },
  extraOrdersPerResponder: 1,
};

describe('sampleBinomial', () => {
  it.each([
    [50, 0.1],
    [3000, 0.03],
    [200, 0.9],
    [100_000, 0.2],
  ])('Binomial(%i, %f) has mean n·p and variance n·p·(1 − p)', (trials, probability) => {
    const random = createRandom(7);
    const draws = Array.from({ length: 20_000 }, () => sampleBinomial(random, trials, probability));
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (draws.length - 1);
    const expectedVariance = trials * probability * (1 - probability);
    expect(Math.abs(mean - trials * probability)).toBeLessThan(4 * Math.sqrt(expectedVariance / draws.length));
    expect(variance / expectedVariance).toBeGreaterThan(0.95);
    expect(variance / expectedVariance).toBeLessThan(1.05);
    expect(draws.every((value) => Number.isInteger(value) && value >= 0 && value <= trials)).toBe(true);
  });
  it('refuses impossible arguments', () => {
    expect(() => sampleBinomial(createRandom(1), -1, 0.5)).toThrow(/trials/);
    expect(() => sampleBinomial(createRandom(1), 10, 1.5)).toThrow(/probability/);
  });
});

describe('simulateWhatIf', () => {
  it('averages to the hand-computed expected net return', () => {
    // 1,000 contacted × 2 % = 20 responders × 4,000 = 80,000 revenue, × 40 % = 32,000 margin;
    // redeemers 1,000 × (5 % + 2 %) = 70, each paid 10 % of 4,000 = 400 → cost 5,000 + 28,000 = 33,000.
    const centre = { response: 0.02, orderValue: 4000, grossMargin: 0.4, baselineRate: 0.05 };
    expect(expectedNetReturn(base, centre)).toBeCloseTo(32_000 - 33_000, 9);
    const fixed = { ...base, response: { kind: 'range', low: 0.02, base: 0.02, high: 0.02 } } as const;
    const outcome = simulateWhatIf(fixed, { seed: 3, simulations: 20_000 });
    // Chance alone: responders ~ Binomial(1000, 0.02) → mean 20, sd ≈ 4.43.
    expect(Math.abs(outcome.incrementalResponders.mean - 20)).toBeLessThan(4 * (4.43 / Math.sqrt(20_000)));
    expect(Math.abs(outcome.incrementalRevenue.mean - 80_000)).toBeLessThan(1000);
    expect(Math.abs(outcome.cost.mean - 33_000)).toBeLessThan(300);
    expect(Math.abs(outcome.netReturn.mean + 1000)).toBeLessThan(1000);
    expect(outcome.netReturn.low).toBeLessThan(outcome.netReturn.median);
    expect(outcome.netReturn.high).toBeGreaterThan(outcome.netReturn.median);
  });

  it('reads a stated range as its 5th and 95th percentiles, and ranks the most uncertain assumption first', () => {
    const outcome = simulateWhatIf({ ...base, discountRate: 0, contactCost: 1 }, { seed: 5, simulations: 20_000 });
    // Without discount, revenue ≈ contacts · response · 4,000: its interval follows 1 %–4 % (chance widens it a little).
    expect(outcome.incrementalRevenue.median).toBeGreaterThan(0.018 * 4_000_000);
    expect(outcome.incrementalRevenue.median).toBeLessThan(0.022 * 4_000_000);
    expect(outcome.incrementalRevenue.low).toBeLessThan(0.012 * 4_000_000);
    expect(outcome.incrementalRevenue.high).toBeGreaterThan(0.036 * 4_000_000);
    const sensitivity = simulateWhatIf(base, { seed: 5 }).sensitivity;
    // Response 1 % → 4 %: 1,000 × 3 % × (4,000 × 40 % − 10 % × 4,000) = 36,000.
    expect(sensitivity[0]!.assumption).toBe('incrementalResponse');
    expect(sensitivity[0]!.swing).toBeCloseTo(36_000, 6);
    // Margin 30 % → 50 %: 20 responders × 4,000 × 20 points = 16,000.
    expect(sensitivity.find((entry) => entry.assumption === 'grossMargin')!.swing).toBeCloseTo(16_000, 6);
  });

  it('is reproducible from its seed and changes with it', () => {
    expect(simulateWhatIf(base, { seed: 11 })).toEqual(simulateWhatIf(base, { seed: 11 }));
    expect(simulateWhatIf(base, { seed: 12 }).netReturn.mean).not.toBe(
      simulateWhatIf(base, { seed: 11 }).netReturn.mean,
    );
  });

  it('lets a measured negative lift lose buyers and money', () => {
    const outcome = simulateWhatIf({ ...base, response: { kind: 'measured', lift: -0.01, standardError: 0.002 } });
    expect(outcome.incrementalResponders.mean).toBeLessThan(0);
    expect(outcome.incrementalRevenue.high).toBeLessThan(0);
    expect(outcome.probabilityProfitable).toBe(0);
  });

  it('names the input it cannot use', () => {
    expect(() => simulateWhatIf({ ...base, contacts: -3 })).toThrow(/contacts = -3/);
    expect(() => simulateWhatIf({ ...base, discountRate: 1.5 })).toThrow(/discountRate/);
    expect(() => simulateWhatIf({ ...base, response: { kind: 'range', low: 0.05, base: 0.02, high: 0.04 } })).toThrow(
      /low ≤ base ≤ high/,
    );
    expect(() => simulateWhatIf(base, { simulations: 10 })).toThrow(/simulations/);
  });

  it('covers the true effect with its 90 % interval in at least 85 of 100 seeds (synthetic shop, known response)', () => {
    // The world: 3,000 customers to contact; 5 % buy anyway; the offer (20 % off) adds 3 points; orders
    // ~ Gamma(shape 2, mean 4,000). The what-if sees only what a shop would have measured: a past A/B
    // test of 2,000 per arm and 400 customers' orders. The truth is the campaign actually run in that world.
    const truth = { contacts: 3000, baseline: 0.05, lift: 0.03, orderMean: 4000, orderShape: 2, discount: 0.2 };
    const trueExpectedRevenue = truth.contacts * truth.lift * truth.orderMean;
    let revenueCovered = 0;
    let netCovered = 0;
    let expectedCovered = 0;
    for (let seed = 1; seed <= 100; seed += 1) {
      const world = createRandom(10_000 + seed);
      const arm = 2000;
      const control = sampleBinomial(world, arm, truth.baseline);
      const treated = sampleBinomial(world, arm, truth.baseline + truth.lift);
      const lift = (treated - control) / arm;
      const [pc, pt] = [control / arm, treated / arm];
      const standardError = Math.sqrt((pc * (1 - pc)) / arm + (pt * (1 - pt)) / arm);
      const orders = Array.from({ length: 400 }, () =>
        sampleGamma(world, truth.orderShape, truth.orderShape / truth.orderMean),
      );
      const mean = orders.reduce((sum, value) => sum + value, 0) / orders.length;
      const sd = Math.sqrt(orders.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (orders.length - 1));
      const input: WhatIfInput = {
        ...base,
        contacts: truth.contacts,
        contactCost: 30_000,
        discountRate: truth.discount,
        baselineRate: pc,
        baselineCustomers: arm,
        response: { kind: 'measured', lift, standardError },
        orderValue: { mean, standardDeviation: sd, customers: orders.length },
        grossMarginRange: null,
      };
      const outcome = simulateWhatIf(input, { seed, simulations: 2000 });
      // The campaign run for real in the world: who buys anyway, who buys because of it, what they spend.
      const anyway = sampleBinomial(world, truth.contacts, truth.baseline);
      const incremental = sampleBinomial(world, truth.contacts - anyway, truth.lift / (1 - truth.baseline));
      const spend = (count: number): number =>
        count === 0 ? 0 : sampleGamma(world, count * truth.orderShape, truth.orderShape / truth.orderMean);
      const revenue = spend(incremental);
      const net = revenue * input.grossMargin - (30_000 + truth.discount * (spend(anyway) + revenue));
      if (revenue >= outcome.incrementalRevenue.low && revenue <= outcome.incrementalRevenue.high) revenueCovered += 1;
      if (net >= outcome.netReturn.low && net <= outcome.netReturn.high) netCovered += 1;
      if (
        trueExpectedRevenue >= outcome.incrementalRevenue.low &&
        trueExpectedRevenue <= outcome.incrementalRevenue.high
      )
        expectedCovered += 1;
    }
    console.log(
      `what-if 90% interval coverage over 100 seeds: revenue ${revenueCovered}, net return ${netCovered}, expected revenue ${expectedCovered}`,
    );
    expect(revenueCovered).toBeGreaterThanOrEqual(85);
    expect(netCovered).toBeGreaterThanOrEqual(85);
    expect(expectedCovered).toBeGreaterThanOrEqual(85);
    // An interval that always covers would be useless: it must not be much wider than 90 %.
    expect(revenueCovered).toBeLessThanOrEqual(98);
  });
});
