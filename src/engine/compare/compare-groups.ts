/** One customer's buying and posting, as the comparison reads it (no identifiers). */
export interface CustomerActivity {
  /** Purchases (one per transaction row). */
  orders: number;
  /** Sum of the purchase amounts. */
  revenue: number;
  /** Days from the last purchase to the analysis date; null without purchases. */
  recencyDays: number | null;
  /** Lifetime value over the CLV horizon; null when not estimated. */
  lifetimeValue: number | null;
  /** Themes the customer posted at least one photo in. */
  themes: ReadonlySet<number>;
}

/** A group of customers in aggregates only. */
export interface GroupSummary {
  size: number;
  /** Share of all customers of the base. */
  share: number;
  revenue: number;
  /** Share of the base's revenue. */
  revenueShare: number;
  orders: number;
  /** Revenue per order; null without orders. */
  meanOrderValue: number | null;
  /** Orders per customer. */
  meanOrders: number;
  /** Revenue per customer. */
  revenuePerCustomer: number;
  /** Mean days since the last purchase of the customers who bought; null when none did. */
  meanRecencyDays: number | null;
  /** Mean lifetime value of the customers who have one; null when none has. */
  meanLifetimeValue: number | null;
  /** Per theme: the share of the group's customers who posted in it, largest first. */
  themes: { theme: number; share: number; posters: number }[];
}

/** Measures two groups are compared on. */
export type ComparedMeasure = 'lifetimeValue' | 'orderValue' | 'orders' | 'revenuePerCustomer' | 'recencyDays';

/** One measure of both groups; `ratio` is first / second (null when the second is 0 or either is missing). */
export interface GroupDifference {
  measure: ComparedMeasure;
  first: number;
  second: number;
  ratio: number;
}

/** A theme both groups post in at different rates; shares are of each group's customers. */
export interface ThemeDifference {
  theme: number;
  first: number;
  second: number;
}

/** Options of {@link compareGroups}. */
export interface CompareGroupsOptions {
  /** A ratio within this factor of 1 (either way) is not a difference worth saying. */
  minimumRatio: number;
  /** A theme share gap below this (share points) is not a difference worth saying. */
  minimumThemeGap: number;
}

export const defaultCompareGroupsOptions: CompareGroupsOptions = { minimumRatio: 1.15, minimumThemeGap: 0.1 };

/** Sums and means of one group's customers; `base` gives the shares (customers and revenue of everyone). */
export function summarizeGroup(
  members: readonly CustomerActivity[],
  base: { customers: number; revenue: number },
): GroupSummary {
  const size = members.length;
  const revenue = members.reduce((sum, member) => sum + member.revenue, 0);
  const orders = members.reduce((sum, member) => sum + member.orders, 0);
  const mean = (values: readonly number[]): number | null =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
  const posters = new Map<number, number>();
  for (const member of members) for (const theme of member.themes) posters.set(theme, (posters.get(theme) ?? 0) + 1);
  return {
    size,
    share: base.customers > 0 ? size / base.customers : 0,
    revenue,
    revenueShare: base.revenue > 0 ? revenue / base.revenue : 0,
    orders,
    meanOrderValue: orders > 0 ? revenue / orders : null,
    meanOrders: size > 0 ? orders / size : 0,
    revenuePerCustomer: size > 0 ? revenue / size : 0,
    meanRecencyDays: mean(members.flatMap((member) => (member.recencyDays === null ? [] : [member.recencyDays]))),
    meanLifetimeValue: mean(members.flatMap((member) => (member.lifetimeValue === null ? [] : [member.lifetimeValue]))),
    themes: [...posters.entries()]
      .map(([theme, count]) => ({ theme, share: size > 0 ? count / size : 0, posters: count }))
      .sort((left, right) => right.share - left.share || left.theme - right.theme),
  };
}

/**
 * Where two groups differ most: every measure both have, as first / second, ordered by how far the
 * ratio is from 1 (log scale, so ×2 and ×½ weigh the same), keeping those at least `minimumRatio`
 * apart; and the themes whose posting shares differ by at least `minimumThemeGap`, widest gap first.
 * `allowTheme` says which themes may be named at all (the disclosure rule lives with the caller).
 */
export function compareGroups(
  first: GroupSummary,
  second: GroupSummary,
  allowTheme: (theme: number) => boolean,
  options: Partial<CompareGroupsOptions> = {},
): { measures: GroupDifference[]; differences: GroupDifference[]; themes: ThemeDifference[] } {
  const settings = { ...defaultCompareGroupsOptions, ...options };
  const pairs: [ComparedMeasure, number | null, number | null][] = [
    ['lifetimeValue', first.meanLifetimeValue, second.meanLifetimeValue],
    ['revenuePerCustomer', first.revenuePerCustomer, second.revenuePerCustomer],
    ['orderValue', first.meanOrderValue, second.meanOrderValue],
    ['orders', first.meanOrders, second.meanOrders],
    ['recencyDays', first.meanRecencyDays, second.meanRecencyDays],
  ];
  const measures = pairs.flatMap(([measure, a, b]) =>
    a === null || b === null || !(a > 0) || !(b > 0) ? [] : [{ measure, first: a, second: b, ratio: a / b }],
  );
  const differences = measures
    .filter((entry) => Math.abs(Math.log(entry.ratio)) >= Math.log(settings.minimumRatio))
    .sort((left, right) => Math.abs(Math.log(right.ratio)) - Math.abs(Math.log(left.ratio)));
  const shares = (summary: GroupSummary): Map<number, number> =>
    new Map(summary.themes.map((entry) => [entry.theme, entry.share]));
  const firstShares = shares(first);
  const secondShares = shares(second);
  const themeIds = [...new Set([...firstShares.keys(), ...secondShares.keys()])].filter(allowTheme);
  const themes = themeIds
    .map((theme) => ({ theme, first: firstShares.get(theme) ?? 0, second: secondShares.get(theme) ?? 0 }))
    .filter((entry) => Math.abs(entry.first - entry.second) >= settings.minimumThemeGap)
    .sort(
      (left, right) =>
        Math.abs(right.first - right.second) - Math.abs(left.first - left.second) || left.theme - right.theme,
    );
  return { measures, differences, themes };
}
