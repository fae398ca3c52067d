import type { Random } from '../../src/engine/random/create-random.ts';
import type { PersonaPurchaseBehavior } from './planted-personas.ts';
import { sampleGamma } from './sample-gamma.ts';

/** One simulated purchase: `day` counts from the first day of the window (0-based). */
export interface SimulatedPurchase {
  day: number;
  amount: number;
}

/** Default gamma shape of a customer's mean spend around the persona mean (CV 0.5). */
const defaultCustomerSpendShape = 4;
/** Gamma shape of single purchases around the customer's mean spend (CV ≈ 0.41). */
const purchaseSpendShape = 6;
/** No purchase is below this, so amounts look like prices rather than rounding noise. */
const minimumAmount = 1;

/**
 * Simulates one customer's purchases over a window of `windowDays` days, in the spirit of the
 * Pareto/NBD + Gamma-Gamma models the CLV engine fits (so its fits have something true to find):
 *
 * 1. The customer joins on a uniform day in [0, `latestJoinDay`) and buys that day: every customer
 *    has at least one purchase.
 * 2. Repeat purchases follow a Poisson process with rate λ ~ Gamma(purchaseRateShape,
 *    mean = meanPurchasesPerYear / 365) per day.
 * 3. The customer drops out silently after an Exponential(mean = meanLifetimeDays) lifetime; no
 *    purchase falls after dropout or after the window.
 * 4. The customer's mean spend ν ~ Gamma(customerSpendShape, default 4, mean = meanSpend); each purchase ~ Gamma(6, mean = ν),
 *    rounded to cents and at least 1.00.
 *
 * Purchases come back sorted by day; several purchases on one day are possible.
 */
export function simulatePurchaseHistory(
  random: Random,
  behavior: PersonaPurchaseBehavior,
  windowDays: number,
  latestJoinDay: number,
): SimulatedPurchase[] {
  const joinDay = random.integer(latestJoinDay);
  const ratePerDay = sampleGamma(random, behavior.purchaseRateShape, behavior.meanPurchasesPerYear / 365);
  const lifetimeDays = -Math.log(1 - random.next()) * behavior.meanLifetimeDays;
  const customerMeanSpend = sampleGamma(
    random,
    behavior.customerSpendShape ?? defaultCustomerSpendShape,
    behavior.meanSpend,
  );
  const drawAmount = (): number =>
    Math.max(minimumAmount, Math.round(sampleGamma(random, purchaseSpendShape, customerMeanSpend) * 100) / 100);

  const purchases: SimulatedPurchase[] = [{ day: joinDay, amount: drawAmount() }];
  // Purchases happen at continuous times; a day is the floor of the time, so the end is exclusive.
  const end = Math.min(joinDay + lifetimeDays, windowDays);
  let time = joinDay;
  for (;;) {
    time += -Math.log(1 - random.next()) / ratePerDay;
    if (!(time < end)) break;
    purchases.push({ day: Math.floor(time), amount: drawAmount() });
  }
  return purchases;
}
