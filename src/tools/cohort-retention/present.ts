import { formatMoney } from '../../core/format/format-money.ts';
import { formatDay, formatMonth, formatMonthRange } from '../../core/format/format-month.ts';
import type { Language } from '../../core/language.ts';
import { localeOf, pick, translate } from '../../core/message-catalog.ts';
import type { CohortRetentionChartInput } from '../../charts/cohort-retention-chart.ts';
import { presentNotes } from '../shared/analysis-notes.ts';
import { formatPercent } from '../shared/format-number.ts';
import { cohortRetentionMessages as messages } from './messages.ts';
import type { CohortRetentionData, CohortRetentionRow } from './result.ts';

/** Months after the first purchase a reader sees per row (those within `monthsAfter`). */
const listedOffsets = [1, 3, 6, 12] as const;

/** A row's first-purchase months in words: 「2025年7月」, 「2026年2月〜3月」, 「2025年3月以前」. */
export function cohortLabel(
  row: Pick<CohortRetentionRow, 'firstMonth' | 'lastMonth' | 'includesEarlier'>,
  language: Language,
): string {
  if (row.includesEarlier)
    return translate(messages.earlier, language, { month: formatMonth(row.lastMonth, language) });
  return formatMonthRange(row.firstMonth, row.lastMonth, language);
}

/** 「翌月」 / 「3か月後」, "the month after" / "3 months later". */
export function offsetWords(offset: number, language: Language): string {
  return offset === 1
    ? translate(messages.nextMonth, language)
    : translate(messages.monthsLater, language, { months: offset });
}

function whoWords(offset: number, language: Language): string {
  return offset === 1
    ? translate(messages.whoNext, language)
    : translate(messages.whoLater, language, { months: offset });
}

const rateAt = (row: CohortRetentionRow, offset: number): number | null => {
  const cell = row.cells.find((candidate) => candidate.offset === offset);
  return cell?.status === 'observed' ? cell.rate : null;
};

/**
 * What a customer spent in months 1–3 after the first purchase, per row that has all three, as the
 * median over those rows; null when no row has month 3 yet.
 */
export function typicalEarlyRevenue(data: CohortRetentionData): number | null {
  const sums = data.rows.flatMap((row) => {
    const cells = [1, 2, 3].map((offset) => row.cells.find((cell) => cell.offset === offset));
    if (cells.some((cell) => cell?.status !== 'observed' || cell.revenuePerCustomer === null)) return [];
    return [cells.reduce((sum, cell) => sum + cell!.revenuePerCustomer!, 0)];
  });
  if (sums.length === 0) return null;
  const sorted = sums.sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const count = (value: number, language: Language): string => value.toLocaleString(localeOf(language));

/** cohort_retention's result for a person, in Japanese or English: the finding first, then the rows. */
export function presentCohortRetention(data: CohortRetentionData, language: Language): string {
  const notes = presentNotes(data.warnings, language);
  const lastDate = data.lastPurchaseDate ? formatDay(data.lastPurchaseDate, language) : '';
  if (data.status === 'no-purchases') return translate(messages.noPurchases, language);
  if (data.status === 'too-few')
    return translate(messages.tooFew, language, {
      customers: count(data.customers, language),
      minimum: data.minimumGroupSize,
    });
  const lines = [
    translate(messages.base, language, {
      customers: count(data.customers, language),
      groups: data.rows.length,
      lastDate,
      months: data.monthsPerCohort,
    }),
  ];
  if (data.status === 'one-month') {
    lines.push(translate(messages.oneMonth, language, { lastDate }));
    if (notes) lines.push(notes);
    return lines.join('\n');
  }
  const { findings } = data;
  if (findings.best !== null && findings.worst !== null && findings.compareOffset !== null) {
    const best = data.rows[findings.best]!;
    const worst = data.rows[findings.worst]!;
    const when = offsetWords(findings.compareOffset, language);
    const bestRate = formatPercent(rateAt(best, findings.compareOffset)!, 0);
    const worstRate = formatPercent(rateAt(worst, findings.compareOffset)!, 0);
    if (findings.ranking === 'small')
      lines.push(translate(messages.similar, language, { when, low: worstRate, high: bestRate }));
    else
      lines.push(
        translate(messages.ranked, language, {
          best: cohortLabel(best, language),
          bestRate,
          worst: cohortLabel(worst, language),
          worstRate,
          when,
        }) +
          (findings.ranking === 'chance'
            ? pick(language, { ja: '', en: ' ' }) + translate(messages.chance, language)
            : ''),
      );
  }
  for (const typical of findings.typical) {
    const when = whoWords(typical.offset, language);
    lines.push(
      typical.cohorts > 1
        ? translate(messages.spread, language, {
            when,
            low: formatPercent(typical.lowest, 0),
            high: formatPercent(typical.highest, 0),
            median: formatPercent(typical.median, 0),
          })
        : translate(messages.spreadOne, language, { when, median: formatPercent(typical.median, 0) }),
    );
  }
  if (findings.trendRates && findings.trend !== 'unknown')
    lines.push(
      translate(messages[findings.trend], language, {
        older: formatPercent(findings.trendRates.older, 0),
        newer: formatPercent(findings.trendRates.newer, 0),
      }) +
        (findings.trendLikelyChance ? pick(language, { ja: '', en: ' ' }) + translate(messages.chance, language) : ''),
    );
  const revenue = typicalEarlyRevenue(data);
  if (revenue !== null)
    lines.push(translate(messages.revenue, language, { amount: formatMoney(revenue, data.currency, language) }));
  lines.push(translate(messages.rowsHeader, language));
  const offsets = listedOffsets.filter((offset) => offset <= data.monthsAfter);
  for (const row of data.rows) {
    const cells = offsets.flatMap((offset) => {
      const cell = row.cells.find((candidate) => candidate.offset === offset);
      const when = offsetWords(offset, language);
      if (cell?.status === 'observed')
        return [translate(messages.cell, language, { when, rate: formatPercent(cell.rate!, 0) })];
      if (cell?.status === 'partial') return [translate(messages.cellPartial, language, { when })];
      return [];
    });
    lines.push(
      translate(messages.row, language, {
        label: cohortLabel(row, language),
        size: pick(language, { ja: count(row.size, language), en: `${count(row.size, language)} customers` }),
        cells:
          cells.length > 0
            ? cells.join(translate(messages.cellSeparator, language))
            : translate(messages.tooRecent, language),
      }),
    );
  }
  if (data.monthsPerCohort > 1) lines.push(translate(messages.coarsened, language, { months: data.monthsPerCohort }));
  if (notes) lines.push(notes);
  lines.push(translate(messages.next, language));
  return lines.join('\n');
}

/** The heat map's rows and cells, in the reader's language, with the finding its title tells. */
export function cohortRetentionChartInput(data: CohortRetentionData, language: Language): CohortRetentionChartInput {
  const { findings } = data;
  // The title names a best group only when the gap is wide and beyond chance.
  const best =
    findings.best !== null && findings.compareOffset !== null && findings.ranking === 'clear'
      ? {
          label: cohortLabel(data.rows[findings.best]!, language),
          rate: rateAt(data.rows[findings.best]!, findings.compareOffset)!,
          offset: findings.compareOffset,
        }
      : null;
  const monthOne = findings.typical.find((typical) => typical.offset === 1);
  return {
    rows: data.rows.map((row) => ({
      label: cohortLabel(row, language),
      size: row.size,
      cells: row.cells.map((cell) => ({ offset: cell.offset, status: cell.status, rate: cell.rate })),
    })),
    best,
    typicalNextMonth: monthOne ? monthOne.median : null,
    customers: data.customers,
  };
}
