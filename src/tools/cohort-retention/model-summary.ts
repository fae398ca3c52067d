import { formatMoney } from '../../core/format/format-money.ts';
import { quoteData } from '../../core/quote-data.ts';
import { formatPercent } from '../shared/format-number.ts';
import { cohortLabel, typicalEarlyRevenue } from './present.ts';
import type { CohortRetentionData } from './result.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** What the model reads from cohort_retention, in English: per-row shares and the findings, with their source. */
export function summarizeCohortRetention(data: CohortRetentionData): string {
  const source = `Cohort retention in ${quoteData(data.dataset)} from its purchases`;
  if (data.status === 'no-purchases')
    return `${source}: the dataset has no purchases, so there is no retention to show.`;
  if (data.status === 'too-few')
    return `${source}: only ${groupDigits(data.customers)} customers have bought, fewer than the minimum group size ${data.minimumGroupSize}; nothing is shown (privacy rule).`;
  const lines = [
    `${source} (${data.customers.toLocaleString('en-US')} customers who bought, ${data.purchases.toLocaleString('en-US')} purchases, through ${data.lastPurchaseDate}). Rows = UTC month of each customer's first purchase; cell k = share of the row's customers who bought in their first month + k (k = 0 is 100%). Say "share still buying N months after the first purchase", not "M3 retention".`,
  ];
  if (data.status === 'one-month') {
    lines.push('No month after a first purchase is complete yet: no retention figures (needs another month of data).');
    return lines.join('\n');
  }
  const { findings } = data;
  for (const row of data.rows) {
    const cells = row.cells
      .filter((cell) => cell.offset > 0 && cell.status !== 'not-yet')
      .map((cell) =>
        cell.status === 'partial'
          ? `${cell.offset} mo later: month still running`
          : `${cell.offset} mo later ${formatPercent(cell.rate!)} (${formatMoney(cell.revenuePerCustomer!, data.currency, 'en')}/customer)`,
      );
    lines.push(
      `${cohortLabel(row, 'en')}: ${groupDigits(row.size)} customers; ${cells.length > 0 ? cells.join(', ') : 'no later month yet'}.`,
    );
  }
  if (findings.best !== null && findings.worst !== null && findings.compareOffset !== null)
    lines.push(
      `Best at ${findings.compareOffset} month(s) after: ${cohortLabel(data.rows[findings.best]!, 'en')}; worst: ${cohortLabel(data.rows[findings.worst]!, 'en')}; ${
        findings.ranking === 'small'
          ? 'gap under 3 points: say the groups are about the same'
          : findings.ranking === 'chance'
            ? 'gap within chance for groups this small (two-proportion test, 5%): say it could be chance'
            : 'gap beyond chance'
      }.`,
    );
  for (const typical of findings.typical)
    lines.push(
      `${typical.offset} month(s) after: median ${formatPercent(typical.median)} over ${groupDigits(typical.cohorts)} rows (range ${formatPercent(typical.lowest)}–${formatPercent(typical.highest)}).`,
    );
  if (findings.trendRates && findings.trend !== 'unknown')
    lines.push(
      `Trend of the month-after share: ${findings.trend} (older half of rows ${formatPercent(findings.trendRates.older)}, newer half ${formatPercent(findings.trendRates.newer)})${findings.trendLikelyChance ? '; within chance for these group sizes' : ''}.`,
    );
  const revenue = typicalEarlyRevenue(data);
  if (revenue !== null)
    lines.push(
      `Spend per customer in months 1–3 after the first: median ${formatMoney(revenue, data.currency, 'en')} over rows.`,
    );
  if (data.monthsPerCohort > 1)
    lines.push(
      `Rows are ${data.monthsPerCohort}-month periods of first purchase: monthly rows would be a few customers from a group described earlier or from the same months' buyers (privacy rule).`,
    );
  for (const warning of data.warnings) lines.push(`Note: ${warning.message}`);
  return lines.join('\n');
}
