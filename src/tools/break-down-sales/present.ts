import { formatMoney } from '../../core/format/format-money.ts';
import type { Language } from '../../core/language.ts';
import { localeOf, pick, translate } from '../../core/message-catalog.ts';
import type { SalesBreakdownChartInput } from '../../charts/sales-breakdown-chart.ts';
import { formatPercent } from '../shared/format-number.ts';
import { columnKind } from './find-breakdown-column.ts';
import { breakdownMessages as messages, columnWords, measureWords } from './messages.ts';
import type { BreakdownFigures, BreakdownMeasure, BreakdownRow, BreakDownSalesData } from './result.ts';

/** A change smaller than this either way is told as flat. */
const flatChange = 0.05;

/** A customer column as a reader names it: 地域 for `region`, else the column's own name quoted. */
export function columnName(column: string, language: Language): string {
  const kind = columnKind(column);
  const known = kind === null ? undefined : columnWords[kind];
  return known ? pick(language, known) : translate(messages.column, language, { column });
}

/** 「2026年11月20日」 / "Nov 20, 2026" for a `YYYY-MM-DD` day. */
export function dayLabel(day: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    year: 'numeric',
    month: pick(language, { ja: 'long', en: 'short' } as const),
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

function monthLabel(day: string, language: Language, withYear = true): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    ...(withYear ? { year: 'numeric' as const } : {}),
    month: pick(language, { ja: 'long', en: 'short' } as const),
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A row as a reader names it: 「2026年3月」, 「2026年3月2日の週」, 東京, 「30代」, 「その他（3つの値）」. */
export function rowLabel(row: BreakdownRow, data: BreakDownSalesData, language: Language): string {
  if (row.kind === 'period' && row.periods > 1) {
    const last = new Date(new Date(`${row.end!}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
    return translate(messages.span, language, {
      from: data.by === 'week' ? dayLabel(row.start!, language) : monthLabel(row.start!, language),
      to: data.by === 'week' ? dayLabel(last, language) : monthLabel(last, language),
    });
  }
  if (row.kind === 'period')
    return data.by === 'week'
      ? translate(messages.weekOf, language, { day: dayLabel(row.start!, language) })
      : monthLabel(row.start!, language);
  if (row.kind === 'blank') return translate(messages.blank, language);
  if (row.kind === 'other') return translate(messages.other, language, { values: row.pooledValues });
  if (row.kind === 'band' && row.band) {
    if (data.ageBands) return translate(messages.ageBand, language, { lower: row.band.lower });
    const number = new Intl.NumberFormat(localeOf(language));
    return translate(messages.band, language, {
      lower: number.format(row.band.lower),
      upper: number.format(row.band.upper - 1),
    });
  }
  return row.key;
}

/** A short label for a chart's time axis: the year only on the first period and on each January. */
function shortPeriodLabel(row: BreakdownRow, index: number, data: BreakDownSalesData, language: Language): string {
  const short = (day: string, first: boolean): string => {
    const date = new Date(`${day}T00:00:00Z`);
    if (data.by === 'week')
      return new Intl.DateTimeFormat(localeOf(language), { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(
        date,
      );
    return monthLabel(day, language, first && (index === 0 || date.getUTCMonth() === 0));
  };
  if (row.periods <= 1) return short(row.start!, true);
  // A merged edge row: 「6/22〜7/5」, 「2025年6月〜7月」.
  const last = new Date(new Date(`${row.end!}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
  return translate(messages.span, language, { from: short(row.start!, true), to: short(last, false) });
}

/** The measure's value of figures, formatted: money in the dataset's currency, counts with separators. */
export function measureText(
  figures: BreakdownFigures,
  measure: BreakdownMeasure,
  data: BreakDownSalesData,
  language: Language,
): string {
  const count = (value: number): string => value.toLocaleString(localeOf(language));
  if (measure === 'revenue') return formatMoney(figures.revenue, data.currency, language);
  if (measure === 'orders') return translate(messages.ordersCount, language, { value: count(figures.orders) });
  return translate(messages.customersCount, language, { value: count(figures.customers) });
}

/** The figures other than the measure, as the rest of a row says them. */
function restText(figures: BreakdownFigures, data: BreakDownSalesData, language: Language): string {
  const others = (['revenue', 'orders', 'customers'] as const).filter((measure) => measure !== data.measure);
  const parts = others.map((measure) => measureText(figures, measure, data, language));
  if (figures.customers > 0)
    parts.push(
      translate(messages.perCustomer, language, {
        value: formatMoney(figures.revenuePerCustomer, data.currency, language),
      }),
    );
  return parts.join(pick(language, { ja: '・', en: '; ' }));
}

/** What the period trend says: the first and last complete periods shown and the change between them. */
export function periodTrend(
  data: BreakDownSalesData,
): { first: BreakdownRow; last: BreakdownRow; change: number | null } | null {
  if (data.by === 'column') return null;
  const complete = data.rows.filter(
    // A merged edge row spans more than one period: it would not compare like with like.
    (row, index) =>
      row.figures !== null && row.periods === 1 && !(data.lastPeriodPartial && index === data.rows.length - 1),
  );
  if (complete.length < 2) return null;
  const first = complete[0]!;
  const last = complete.at(-1)!;
  const from = first.figures![data.measure];
  return { first, last, change: from > 0 ? last.figures![data.measure] / from - 1 : null };
}

/** The row with the most of the measure (named rows first: 「その他」 and blanks only when nothing else is). */
export function largestRow(data: BreakDownSalesData): BreakdownRow | null {
  const shown = data.rows.filter((row) => row.figures !== null);
  const named = shown.filter((row) => row.kind !== 'other' && row.kind !== 'blank');
  const pool = named.length > 0 ? named : shown;
  return pool.reduce<BreakdownRow | null>(
    (best, row) => (best === null || row.figures![data.measure] > best.figures![data.measure] ? row : best),
    null,
  );
}

function shareOf(row: BreakdownRow, data: BreakDownSalesData): number {
  const total = data.total?.[data.measure] ?? 0;
  return total > 0 ? row.figures![data.measure] / total : 0;
}

function whatLabel(data: BreakDownSalesData, language: Language): string {
  if (data.by === 'column') return columnName(data.column!, language);
  return translate(data.by === 'week' ? messages.week : messages.month, language);
}

function measureWord(data: BreakDownSalesData, language: Language, capital = false): string {
  const word = pick(language, measureWords[data.measure]);
  return capital ? word.charAt(0).toLocaleUpperCase('en-US') + word.slice(1) : word;
}

/** break_down_sales's result for a reader: one line per row, the total, the takeaway and what was withheld. */
export function presentBreakDownSales(data: BreakDownSalesData, language: Language): string {
  if (data.from === null || data.through === null)
    return translate(messages.noPurchases, language, { dataset: data.dataset });
  const range = { from: dayLabel(data.from, language), through: dayLabel(data.through, language) };
  const last = data.rows.at(-1);
  const lines = [
    translate(messages.header, language, {
      what: whatLabel(data, language),
      measure: measureWord(data, language, true),
      range: translate(
        data.by === 'column' && data.periods === null ? messages.allPurchases : messages.range,
        language,
        range,
      ),
      partial:
        data.lastPeriodPartial && last
          ? translate(messages.partial, language, { label: rowLabel(last, data, language), through: range.through })
          : '',
    }),
  ];
  const notes = privacyNotes(data, language);
  // Everything withheld: no total or takeaway of nothing, only why.
  if (!data.rows.some((row) => row.figures !== null && row.figures.customers > 0))
    return [...lines, ...notes].join('\n');
  for (const row of data.rows) {
    const label = rowLabel(row, data, language);
    if (row.figures === null) {
      lines.push(translate(messages.withheldRow, language, { label, minimum: data.minimumGroupSize }));
      continue;
    }
    lines.push(
      translate(messages.row, language, {
        label,
        lead: measureText(row.figures, data.measure, data, language),
        share:
          data.by === 'column'
            ? translate(messages.share, language, { share: formatPercent(shareOf(row, data), 0) })
            : '',
        rest: restText(row.figures, data, language),
      }),
    );
  }
  if (data.total)
    lines.push(
      translate(messages.total, language, {
        figures: [measureText(data.total!, data.measure, data, language), restText(data.total!, data, language)].join(
          pick(language, { ja: '・', en: '; ' }),
        ),
        partOnly: data.withheld.rows > 0 ? translate(messages.totalShownOnly, language) : '',
      }),
    );
  const point = takeaway(data, language);
  if (point) lines.push(`${translate(messages.point, language)}${point}`);
  if (data.bandWidth !== null && !data.ageBands)
    notes.push(translate(messages.bands, language, { width: data.bandWidth }));
  return [...lines, ...notes].join('\n');
}

function takeaway(data: BreakDownSalesData, language: Language): string {
  const measure = measureWord(data, language, true);
  if (data.by !== 'column') {
    const trend = periodTrend(data);
    const parts: string[] = [];
    if (trend && trend.change !== null) {
      const params = {
        measure,
        first: rowLabel(trend.first, data, language),
        last: rowLabel(trend.last, data, language),
        change: formatPercent(Math.abs(trend.change), 0),
      };
      parts.push(
        Math.abs(trend.change) < flatChange
          ? translate(messages.trendFlat, language, params)
          : translate(trend.change > 0 ? messages.trendUp : messages.trendDown, language, params),
      );
    }
    const peak = largestRow(data);
    if (peak)
      parts.push(
        translate(messages.peak, language, {
          label: rowLabel(peak, data, language),
          value: measureText(peak.figures!, data.measure, data, language),
        }),
      );
    return parts.join('');
  }
  const top = largestRow(data);
  if (!top) return '';
  const parts = [
    translate(messages.largest, language, {
      measure: measureWord(data, language),
      label: rowLabel(top, data, language),
      share: formatPercent(shareOf(top, data), 0),
    }),
  ];
  const perCustomer = data.rows
    .filter((row) => row.figures !== null && row.figures.customers > 0 && row.kind !== 'other' && row.kind !== 'blank')
    .reduce<BreakdownRow | null>(
      (best, row) => (best === null || row.figures!.revenuePerCustomer > best.figures!.revenuePerCustomer ? row : best),
      null,
    );
  if (perCustomer && data.rows.length > 1)
    parts.push(
      translate(messages.bestPerCustomer, language, {
        label: rowLabel(perCustomer, data, language),
        value: formatMoney(perCustomer.figures!.revenuePerCustomer, data.currency, language),
      }),
    );
  return parts.join('');
}

/** What was pooled or withheld, and (for weeks mostly withheld) the better question to ask. */
export function privacyNotes(data: BreakDownSalesData, language: Language): string[] {
  const notes: string[] = [];
  const minimum = data.minimumGroupSize;
  const other = data.rows.find((row) => row.kind === 'other');
  if (other) notes.push(translate(messages.pooled, language, { values: other.pooledValues, minimum }));
  if (data.withheld.rows > 0)
    notes.push(
      data.by === 'column'
        ? translate(messages.withheldValues, language, {
            rows: data.withheld.rows,
            minimum,
            total: data.total !== null,
          })
        : translate(messages.withheldPeriods, language, {
            rows: data.withheld.rows,
            minimum,
            unit: data.by === 'week' ? 'week' : 'month',
            total: data.total !== null,
          }),
    );
  const merged = data.rows.filter((row) => row.periods > 1);
  if (merged.length > 0)
    notes.push(translate(messages.mergedPeriods, language, { minimum, unit: data.by === 'week' ? 'week' : 'month' }));
  // Mostly withheld weeks: months answer better.
  if (data.by === 'week' && data.withheld.rows > 0 && data.withheld.rows * 2 >= data.rows.length)
    notes.push(translate(messages.tryMonths, language));
  if (data.narrowRange) notes.push(translate(messages.narrowRange, language, { minimum }));
  return notes;
}

/** The chart of a result: bars over time, or bars by value sorted as the rows are; null when nothing is shown. */
export function salesBreakdownChartInput(
  data: BreakDownSalesData,
  language: Language,
): SalesBreakdownChartInput | null {
  if (!data.rows.some((row) => row.figures !== null && row.figures[data.measure] > 0)) return null;
  const measure = measureWord(data, language, true);
  const unit = translate(messages.countUnit, language, { measure: data.measure });
  const bars = data.rows.map((row, index) => ({
    label: data.by === 'column' ? rowLabel(row, data, language) : shortPeriodLabel(row, index, data, language),
    value: row.figures === null ? null : row.figures[data.measure],
    valueText:
      row.figures === null
        ? translate(messages.hidden, language)
        : measureText(row.figures, data.measure, data, language),
    partial: data.lastPeriodPartial && index === data.rows.length - 1,
  }));
  const range = {
    from: dayLabel(data.from!, language),
    through: dayLabel(data.through!, language),
  };
  return {
    kind: data.by === 'column' ? 'category' : 'time',
    bars,
    currency: data.measure === 'revenue' ? data.currency : null,
    axisTitle: data.measure === 'revenue' ? measure : translate(messages.chartAxisCount, language, { measure, unit }),
    title: chartTitle(data, language),
    subtitle: `${translate(data.by === 'column' && data.periods === null ? messages.allPurchases : messages.range, language, range)}${
      data.lastPeriodPartial ? translate(messages.partialBar, language, { through: range.through }) : ''
    }`,
  };
}

/** The finding as a title: 「売上は東京が最大（全体の31%）」, 「月別売上: 2025年12月→2026年10月で23%増」. */
export function chartTitle(data: BreakDownSalesData, language: Language): string {
  const what = whatLabel(data, language);
  if (data.by === 'column') {
    const top = largestRow(data);
    if (top)
      return translate(messages.chartTitleLargest, language, {
        measure: measureWord(data, language),
        label: rowLabel(top, data, language),
        share: formatPercent(shareOf(top, data), 0),
      });
  }
  const trend = periodTrend(data);
  if (trend && trend.change !== null) {
    const flat = Math.abs(trend.change) < flatChange;
    return translate(messages.chartTitleTrend, language, {
      what,
      measure: measureWord(data, language, true),
      first: rowLabel(trend.first, data, language),
      last: rowLabel(trend.last, data, language),
      change: flat ? '' : formatPercent(Math.abs(trend.change), 0),
      direction: translate(flat ? messages.flat : trend.change > 0 ? messages.up : messages.down, language),
    });
  }
  return translate(messages.chartTitlePlain, language, { what, measure: measureWord(data, language, true) });
}
