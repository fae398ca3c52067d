import { defineMessages } from '../../core/message-catalog.ts';
import { groupDigits } from '../../core/format/format-count.ts';

type Headline = { period: string; expected: string; level: string; low: string; high: string };
type Volume = { buyers: string; customers: number; purchases: string; low: string; high: string; change: string };

/** forecast_revenue's texts for people and its chart. Figures arrive formatted (money in the dataset currency). */
export const revenueForecastMessages = defineMessages({
  nextMonth: { ja: '来月', en: 'next month' },
  nextMonths: {
    ja: (p: { months: number }) => `今後${p.months}か月`,
    en: (p: { months: number }) => `the next ${p.months} months`,
  },
  lastMonth: { ja: '直近1か月', en: 'Last month' },
  latestPeriod: { ja: '直近', en: 'Latest' },
  monthsAgo: {
    ja: (p: { count: number }) => `${p.count}か月前`,
    en: (p: { count: number }) => `${p.count} months ago`,
  },
  periodsAgo: {
    ja: (p: { count: number }) => `${p.count}期前`,
    en: (p: { count: number }) => `${p.count} periods ago`,
  },
  chartSubtitle: {
    ja: (p: { customers: number; simulations: number }) =>
      `既存顧客${groupDigits(p.customers)}人の購入パターンから${groupDigits(p.simulations)}回シミュレーション（新規顧客は含まず）`,
    en: (p: { customers: number; simulations: number }) =>
      `${groupDigits(p.simulations)} simulations of ${groupDigits(p.customers)} existing customers' purchase patterns (new customers not included)`,
  },
  headline: {
    ja: (p: Headline) =>
      `${p.period}の売上予測は ${p.expected} です（${p.level}の確率で ${p.low}〜${p.high} の範囲）。`,
    en: (p: Headline) => `Revenue ${p.period} is forecast at ${p.expected} (${p.level} range ${p.low} to ${p.high}).`,
  },
  volume: {
    ja: (p: Volume) =>
      `既存顧客${groupDigits(p.customers)}人のうち約${p.buyers}人が購入し、購入回数は ${p.purchases}回（${p.low}〜${p.high}回）の見込み。${p.change}`,
    en: (p: Volume) =>
      `About ${p.buyers} of the ${p.customers} existing customers are expected to buy, ${p.purchases} purchases (${p.low} to ${p.high}).${p.change}`,
  },
  changeSameOrMore: {
    ja: (p: { latest: string }) => `直近の同じ長さの期間の実績は ${p.latest} で、同程度かそれ以上の見込みです。`,
    en: (p: { latest: string }) =>
      ` The most recent period of the same length brought ${p.latest}, so this is about the same or more.`,
  },
  changeSame: {
    ja: (p: { latest: string }) => `直近の同じ長さの期間の実績は ${p.latest} で、ほぼ同じ見込みです。`,
    en: (p: { latest: string }) =>
      ` The most recent period of the same length brought ${p.latest}, so this is about the same.`,
  },
  changeLess: {
    ja: (p: { latest: string; drop: string }) =>
      `直近の同じ長さの期間の実績は ${p.latest} で、約${p.drop}下回る見込みです。`,
    en: (p: { latest: string; drop: string }) =>
      ` The most recent period of the same length brought ${p.latest}, so this is about ${p.drop} less.`,
  },
  assumptions: {
    ja: (p: { simulations: string }) =>
      `前提: 既存顧客のこれまでの購入パターン（BG/NBD・Gamma-Gammaモデル）から${p.simulations}回シミュレーション。新規顧客、キャンペーン、季節要因は含みません。`,
    en: (p: { simulations: string }) =>
      `Assumptions: ${p.simulations} simulations of the existing customers' purchase patterns (BG/NBD and Gamma-Gamma models); new customers, campaigns and seasonality are not included.`,
  },
});
