import { normalQuantile } from '../statistics/normal-quantile.ts';
import { twoProportionZTest } from '../roi/two-proportion-z-test.ts';

/** A customer who posted photos: the themes of their photos and whether they are in the group of interest. */
export interface ThemeReachCustomer {
  /** Theme ids of the customer's photos (repeats allowed; a customer counts once per theme). */
  themes: readonly number[];
  /** In the group of interest (e.g. top 20 % by CLV, or responded = 1). */
  valuable: boolean;
}

/** How strongly the data say a theme is more (or less) common in the group: from the multiple-test-adjusted p. */
export type EvidenceStrength = 'strong' | 'moderate' | 'weak';

/** One theme: how many of the group and of the others posted it, the ratio, and how sure that is. */
export interface ThemeReach {
  themeId: number;
  valuablePosters: number;
  valuableCustomers: number;
  otherPosters: number;
  otherCustomers: number;
  valuableShare: number;
  otherShare: number;
  /** valuableShare / otherShare; null when no other customer posted it. */
  lift: number | null;
  /** Katz log interval of the lift at `confidenceLevel` (0.5 added to empty cells); null with `lift`. */
  liftInterval: { lower: number; upper: number } | null;
  /** Two-sided two-proportion z-test (pooled). */
  pValue: number;
  /** Benjamini–Hochberg adjusted p over all themes compared: many themes make some look different by chance. */
  qValue: number;
  evidence: EvidenceStrength;
}

/** Options of {@link compareThemeReach}. */
export interface CompareThemeReachOptions {
  confidenceLevel: number;
  /** q below this: strong evidence. */
  strongBelow: number;
  /** q below this: moderate evidence (else weak). */
  moderateBelow: number;
  /** Fewer posters than this in the group: weak, whatever q says (a handful of people is an anecdote). */
  minimumPosters: number;
}

export const defaultCompareThemeReachOptions: CompareThemeReachOptions = {
  confidenceLevel: 0.9,
  strongBelow: 0.01,
  moderateBelow: 0.05,
  minimumPosters: 5,
};

/**
 * For each theme, the share of the group's customers who posted it against the share of the other
 * photo posters (lift = ratio of the two), with a Katz interval, a two-proportion test and a
 * Benjamini–Hochberg adjustment across the themes compared. Sorted by lift, highest first. Pure.
 */
export function compareThemeReach(
  customers: readonly ThemeReachCustomer[],
  themeIds: readonly number[],
  options: Partial<CompareThemeReachOptions> = {},
): ThemeReach[] {
  const settings = { ...defaultCompareThemeReachOptions, ...options };
  const valuableCustomers = customers.filter((customer) => customer.valuable).length;
  const otherCustomers = customers.length - valuableCustomers;
  if (valuableCustomers === 0 || otherCustomers === 0 || themeIds.length === 0) return [];
  const wanted = new Set(themeIds);
  const posters = new Map<number, { valuable: number; other: number }>(
    themeIds.map((id) => [id, { valuable: 0, other: 0 }]),
  );
  for (const customer of customers)
    for (const theme of new Set(customer.themes)) {
      if (!wanted.has(theme)) continue;
      const count = posters.get(theme)!;
      if (customer.valuable) count.valuable += 1;
      else count.other += 1;
    }
  const z = normalQuantile(0.5 + settings.confidenceLevel / 2);
  const rows = themeIds.map((themeId) => {
    const count = posters.get(themeId)!;
    const valuableShare = count.valuable / valuableCustomers;
    const otherShare = count.other / otherCustomers;
    const lift = count.other > 0 ? valuableShare / otherShare : null;
    let liftInterval: ThemeReach['liftInterval'] = null;
    if (lift !== null) {
      // Haldane's 0.5 keeps the log interval finite when the group has no poster.
      const a = count.valuable === 0 ? 0.5 : count.valuable;
      const c = count.other;
      const center = Math.log(a / valuableCustomers / (c / otherCustomers));
      const spread = z * Math.sqrt(Math.max(0, 1 / a - 1 / valuableCustomers + 1 / c - 1 / otherCustomers));
      liftInterval = { lower: Math.exp(center - spread), upper: Math.exp(center + spread) };
    }
    const test = twoProportionZTest({
      controlConversions: count.other,
      controlSize: otherCustomers,
      treatmentConversions: count.valuable,
      treatmentSize: valuableCustomers,
    });
    return {
      themeId,
      valuablePosters: count.valuable,
      valuableCustomers,
      otherPosters: count.other,
      otherCustomers,
      valuableShare,
      otherShare,
      lift,
      liftInterval,
      pValue: test.pValue,
      qValue: 1,
      evidence: 'weak' as EvidenceStrength,
    };
  });
  const byP = [...rows].sort((left, right) => left.pValue - right.pValue);
  let running = 1;
  for (let rank = byP.length - 1; rank >= 0; rank -= 1) {
    const row = byP[rank]!;
    running = Math.min(running, (row.pValue * byP.length) / (rank + 1));
    row.qValue = running;
    row.evidence =
      row.valuablePosters + row.otherPosters < settings.minimumPosters
        ? 'weak'
        : running < settings.strongBelow
          ? 'strong'
          : running < settings.moderateBelow
            ? 'moderate'
            : 'weak';
  }
  return rows.sort((left, right) => (right.lift ?? Number.POSITIVE_INFINITY) - (left.lift ?? Number.POSITIVE_INFINITY));
}
