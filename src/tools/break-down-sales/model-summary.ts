import { appendAll } from '../../core/append-all.ts';
import { formatMoney } from '../../core/format/format-money.ts';
import { quoteData } from '../../core/quote-data.ts';
import { formatPercent } from '../shared/format-number.ts';
import { largestRow, periodTrend, privacyNotes, rowLabel } from './present.ts';
import type { BreakdownFigures, BreakDownSalesData } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from break_down_sales: every row's figures with what they count, in English. */
export function summarizeBreakDownSales(data: BreakDownSalesData): string {
  if (data.from === null || data.through === null)
    return `Dataset ${quoteData(data.dataset)} has no purchases, so there is nothing to break down.`;
  const money = (value: number): string => formatMoney(value, data.currency, 'en');
  const figures = (row: BreakdownFigures): string =>
    `revenue ${money(row.revenue)}; ${row.orders.toLocaleString('en-US')} orders; ${row.customers.toLocaleString('en-US')} customers who bought; ${money(row.revenuePerCustomer)} per customer`;
  const what =
    data.by === 'column'
      ? `customer column ${quoteData(data.column!)}${data.bandWidth !== null ? ` (numeric, in bands of ${data.bandWidth}${data.ageBands ? ': 20s, 30s…' : ''})` : ''}`
      : data.by === 'week'
        ? 'ISO week (Monday to Sunday, UTC)'
        : 'calendar month (UTC)';
  const range =
    data.by === 'column' && data.periods === null
      ? `all purchases, ${data.from} to ${data.through}`
      : `${data.periods} ${data.by === 'week' ? 'weeks' : 'months'} from ${data.from} to ${data.through}${data.defaultRange ? ' (the default range)' : ''}`;
  const lines = [
    `Sales of dataset ${quoteData(data.dataset)} (${data.currency}) by ${what}, ${range}; ${data.through} is the last purchase in the data. Compared by ${data.measure}. Per row: revenue, orders, distinct customers who bought, revenue per customer.`,
  ];
  if (data.lastPeriodPartial) lines.push(`The last period is partial: it ends at ${data.through}.`);
  if (data.rows.some((row) => row.periods > 1))
    lines.push('A row with two dates spans several periods: each was merged with a neighbour for privacy.');
  for (const row of data.rows) {
    const label = rowLabel(row, data, 'en');
    const key = row.kind === 'period' ? `${row.key} (${label})` : label;
    if (row.figures === null)
      lines.push(`- ${key}: withheld (fewer than ${groupDigits(data.minimumGroupSize)} customers bought)`);
    else
      lines.push(
        `- ${key}: ${figures(row.figures)}${data.by === 'column' && data.total && data.total[data.measure] > 0 ? `; ${formatPercent(row.figures[data.measure] / data.total[data.measure], 0)} of the total ${data.measure}` : ''}`,
      );
  }
  if (data.total) lines.push(`Total${data.withheld.rows > 0 ? ' of the rows shown' : ''}: ${figures(data.total)}.`);
  const trend = periodTrend(data);
  if (trend && trend.change !== null)
    lines.push(
      `Change in ${data.measure} from ${rowLabel(trend.first, data, 'en')} to ${rowLabel(trend.last, data, 'en')} (complete periods): ${trend.change >= 0 ? '+' : '-'}${formatPercent(Math.abs(trend.change), 0)}.`,
    );
  const top = largestRow(data);
  if (top) lines.push(`Largest by ${data.measure}: ${rowLabel(top, data, 'en')}.`);
  appendAll(lines, privacyNotes(data, 'en'));
  return lines.join('\n');
}
