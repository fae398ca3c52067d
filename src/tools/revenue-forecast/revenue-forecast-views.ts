import { formatMoney } from '../../core/format/format-money.ts';
import type { ForecastRevenueData } from './result.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';

type Language = 'ja' | 'en';

/** 「来月」 / "next month", 「今後3か月」 / "the next 3 months". */
export function periodName(months: number, language: Language): string {
  if (months === 1) return language === 'ja' ? '来月' : 'next month';
  return language === 'ja' ? `今後${months}か月` : `the next ${months} months`;
}

/** forecast_revenue's result for the model: English, aggregates only. */
export function summarizeRevenueForecast(data: ForecastRevenueData): string {
  const money = (amount: number): string => formatMoney(amount, data.currency, 'en');
  const latest = data.pastRevenue.at(-1);
  return [
    `Revenue forecast for ${periodName(data.periodMonths, 'en')} from the ${data.customers} existing customers of "${data.dataset}" (segmentation run ${data.runId}; BG/NBD + Gamma-Gamma, ${data.simulations} seeded simulations):`,
    `expected revenue ${money(data.revenue.expected)}, ${formatPercent(data.intervalLevel, 0)} range ${money(data.revenue.low)} to ${money(data.revenue.high)};`,
    `expected purchases ${formatNumber(data.purchases.expected, 0)} (range ${formatNumber(data.purchases.low, 0)} to ${formatNumber(data.purchases.high, 0)}) from about ${formatNumber(data.expectedBuyers, 0)} buying customers.`,
    latest === undefined
      ? 'No full past period of the same length to compare with.'
      : `Revenue of the most recent period of the same length: ${money(latest)}; the ${data.pastRevenue.length} past periods, oldest first: ${data.pastRevenue.map(money).join(', ')}.`,
    'The range covers chance in who buys and how much; it leaves out new customers, campaigns and seasonality.',
  ].join('\n');
}

/** forecast_revenue's result for a person, in Japanese or English. */
export function presentRevenueForecast(data: ForecastRevenueData, language: Language): string {
  const money = (amount: number): string => formatMoney(amount, data.currency, language);
  const latest = data.pastRevenue.at(-1);
  const period = periodName(data.periodMonths, language);
  const level = formatPercent(data.intervalLevel, 0);
  if (language === 'ja') {
    const change =
      latest !== undefined && latest > 0
        ? `直近の同じ長さの期間の実績は ${money(latest)} で、${data.revenue.expected >= latest ? '同程度かそれ以上の' : `約${formatPercent(1 - data.revenue.expected / latest, 0)}下回る`}見込みです。`
        : '';
    return [
      `${period}の売上予測は ${money(data.revenue.expected)} です（${level}の確率で ${money(data.revenue.low)}〜${money(data.revenue.high)} の範囲）。`,
      `既存顧客${data.customers}人のうち約${formatNumber(data.expectedBuyers, 0)}人が購入し、購入回数は ${formatNumber(data.purchases.expected, 0)}回（${formatNumber(data.purchases.low, 0)}〜${formatNumber(data.purchases.high, 0)}回）の見込み。${change}`,
      `前提: 既存顧客のこれまでの購入パターン（BG/NBD・Gamma-Gammaモデル）から${formatNumber(data.simulations, 0)}回シミュレーション。新規顧客、キャンペーン、季節要因は含みません。`,
    ].join('\n');
  }
  const change =
    latest !== undefined && latest > 0
      ? ` The most recent period of the same length brought ${money(latest)}, so this is ${data.revenue.expected >= latest ? 'about the same or more' : `about ${formatPercent(1 - data.revenue.expected / latest, 0)} less`}.`
      : '';
  return [
    `Revenue ${period} is forecast at ${money(data.revenue.expected)} (${level} range ${money(data.revenue.low)} to ${money(data.revenue.high)}).`,
    `About ${formatNumber(data.expectedBuyers, 0)} of the ${data.customers} existing customers are expected to buy, ${formatNumber(data.purchases.expected, 0)} purchases (${formatNumber(data.purchases.low, 0)} to ${formatNumber(data.purchases.high, 0)}).${change}`,
    `Assumptions: ${formatNumber(data.simulations, 0)} simulations of the existing customers' purchase patterns (BG/NBD and Gamma-Gamma models); new customers, campaigns and seasonality are not included.`,
  ].join('\n');
}
