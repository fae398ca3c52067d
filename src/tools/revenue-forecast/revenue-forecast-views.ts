import { formatMoney } from '../../core/format/format-money.ts';
import type { ForecastRevenueData } from './result.ts';
import { formatNumber, formatPercent } from '../shared/format-number.ts';

import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { revenueForecastMessages as messages } from './messages.ts';

/** 「来月」 / "next month", 「今後3か月」 / "the next 3 months". */
export function periodName(months: number, language: Language): string {
  if (months === 1) return translate(messages.nextMonth, language);
  return translate(messages.nextMonths, language, { months });
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
  const change =
    latest === undefined || latest <= 0
      ? ''
      : data.revenue.expected >= latest
        ? translate(messages.changeSameOrMore, language, { latest: money(latest) })
        : // A drop that rounds to 0 % (「約0%下回る」) is no drop to a reader.
          1 - data.revenue.expected / latest < 0.005
          ? translate(messages.changeSame, language, { latest: money(latest) })
          : translate(messages.changeLess, language, {
              latest: money(latest),
              drop: formatPercent(1 - data.revenue.expected / latest, 0),
            });
  return [
    translate(messages.headline, language, {
      period,
      expected: money(data.revenue.expected),
      level,
      low: money(data.revenue.low),
      high: money(data.revenue.high),
    }),
    translate(messages.volume, language, {
      buyers: formatNumber(data.expectedBuyers, 0),
      customers: data.customers,
      purchases: formatNumber(data.purchases.expected, 0),
      low: formatNumber(data.purchases.low, 0),
      high: formatNumber(data.purchases.high, 0),
      change,
    }),
    translate(messages.assumptions, language, { simulations: formatNumber(data.simulations, 0) }),
  ].join('\n');
}

/** 「直近1か月」, 「2か月前」 … for monthly periods; 「直近」, 「2期前」 … for longer ones. */
export function pastPeriodLabel(periodsBack: number, months: number, language: Language): string {
  if (periodsBack === 1) return translate(months === 1 ? messages.lastMonth : messages.latestPeriod, language);
  return translate(months === 1 ? messages.monthsAgo : messages.periodsAgo, language, { count: periodsBack });
}

/** The forecast chart's subtitle: what the range is simulated from. */
export function revenueForecastChartSubtitle(data: ForecastRevenueData, language: Language): string {
  return translate(messages.chartSubtitle, language, { customers: data.customers, simulations: data.simulations });
}
