import { pick, translate } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';
import { buildSalesBreakdownChart } from '../../charts/sales-breakdown-chart.ts';
import {
  loadCustomerColumns,
  loadSalesTransactions,
  type CustomerColumns,
} from '../../data/analysis/load-sales-breakdown-data.ts';
import { breakDownByAttribute, type AttributeSales } from '../../engine/breakdowns/break-down-by-attribute.ts';
import {
  breakDownByPeriod,
  mergeSmallPeriods,
  periodRange,
  periodStart,
  type PeriodSales,
  type PeriodUnit,
} from '../../engine/breakdowns/break-down-by-period.ts';
import {
  mergeSalesFigures,
  SalesAccumulator,
  type SalesFigures,
  type SalesTransaction,
} from '../../engine/breakdowns/sales-figures.ts';
import { withholdSmallGroups } from '../../engine/breakdowns/withhold-small-groups.ts';
import type { DeclaredGroup } from '../declared-group.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { customersGroup } from '../shared/group-members.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { findBreakdownTarget, isAgeColumn } from './find-breakdown-column.ts';
import { breakdownMessages as messages } from './messages.ts';
import { columnName, salesBreakdownChartInput } from './present.ts';
import type { BreakdownFigures, BreakdownRow, BreakDownSalesData } from './result.ts';
import type { BreakDownSalesInput } from './schema.ts';

/** Periods a period breakdown shows when the call names none. */
const defaultPeriods = 12;
/** The default range is stretched back to the first purchase only as far as this. */
const longestDefault: Record<PeriodUnit, number> = { month: 24, week: 26 };

/**
 * Revenue, orders and buying customers by calendar month, ISO week or a customer column (numeric
 * columns in bands), ending at the dataset's last purchase, not today. Small groups are handled here,
 * before anything is declared: a period or value with 1 to minimum − 1 buying customers is never
 * given on its own (values are pooled as 「その他」 when together they reach the minimum, else
 * withheld, and withheld rows are left out of the total, so the total cannot give them by
 * subtraction). Every figure's customers are declared, the total as the union of the rows shown.
 */
export async function runBreakDownSales(
  input: BreakDownSalesInput,
  context: ToolContext,
): Promise<ToolRun<BreakDownSalesData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const sales = await loadSalesTransactions(context.prisma, dataset);
  const minimum = context.config.minimumGroupSize;
  const measure = input.measure ?? 'revenue';
  const period = findBreakdownTarget(input.by, []);
  const columns = period === null ? await loadCustomerColumns(context.prisma, sales.dataset.id) : null;
  const column = columns === null ? null : resolveColumn(input.by, columns, context);
  const base = {
    dataset,
    currency: sales.dataset.currency,
    by: column === null ? (period!.kind as 'month' | 'week') : ('column' as const),
    column,
    measure,
    minimumGroupSize: minimum,
    narrowRange: false,
  };
  if (sales.lastDate === null) return { result: emptyResult(base), charts: [] };

  let data: BreakDownSalesData;
  let columnShown: SalesFigures[] = [];
  if (column === null) {
    const unit = period!.kind as PeriodUnit;
    const requested = unit === 'month' ? input.months : (input.weeks ?? input.months);
    const count = requested ?? defaultPeriodCount(sales.transactions, unit, sales.lastDate, sales.firstDate!, minimum);
    const broken = breakDownByPeriod(sales.transactions, { unit, count, through: sales.lastDate });
    const { from, until } = broken;
    // A small month is merged into a neighbour: withheld, it would follow from the all-time total
    // (which other answers give) minus the months shown. Weeks do not add up to those totals, so a
    // small week is withheld instead (merged weeks of a small shop would be month-sized groups that
    // differ from the months by a few customers, and make the months' answer refused).
    const periods =
      unit === 'month'
        ? mergeSmallPeriods(broken.periods, minimum)
        : broken.periods.map((entry) => ({ ...entry, periods: 1 }));
    const split = withholdSmallGroups(periods, (entry) => entry.figures, { minimum, pool: false });
    const withheld = new Set(split.withheld);
    const rows = periods.map((entry) => periodRow(entry, withheld.has(entry)));
    const shown = split.shown.map((entry) => entry.figures);
    data = {
      ...base,
      ageBands: false,
      bandWidth: null,
      // The range as counted: from the first period's start, or the first purchase when that is later.
      from: isoDay(from.getTime() > sales.firstDate!.getTime() ? from : sales.firstDate!),
      through: isoDay(sales.lastDate),
      periods: count,
      defaultRange: requested === undefined,
      lastPeriodPartial: broken.periods.at(-1)!.end > isoDay(until),
      rows,
      withheld: { rows: split.withheld.length },
      ...declare(
        split.shown.map((entry) => [`${unit} ${entry.key}`, entry.figures]),
        shown,
        minimum,
        // With a week withheld no total is given: the range's total minus the weeks shown would be it.
        split.withheld.length > 0,
      ),
    };
    if (
      windowGivesAway(sales.transactions, from, [mergeSalesFigures(split.shown.map((entry) => entry.figures))], minimum)
    )
      data = narrowRangeResult(data);
  } else {
    const range = input.months
      ? periodRange({ unit: 'month', count: input.months, through: sales.lastDate })
      : { from: sales.firstDate!, until: periodRange({ unit: 'month', count: 1, through: sales.lastDate }).until };
    const values = columns!.valuesOf(column);
    const { groups: all, bandWidth } = breakDownByAttribute(values, sales.transactions, range);
    // A value none of whose customers bought in the range is left out: its zero would still say
    // something about those (perhaps few) customers.
    const groups = all.filter((group) => group.figures.customers > 0);
    const split = withholdSmallGroups(groups, (group) => group.figures, { minimum, pool: true });
    const sorted = sortGroups(split.shown, measure);
    const rows: BreakdownRow[] = sorted.map(attributeRow);
    if (split.other)
      rows.push({
        kind: 'other',
        key: '',
        start: null,
        end: null,
        periods: 0,
        band: null,
        pooledValues: split.other.groups.length,
        figures: figuresOf(split.other.figures),
      });
    const shown = [...sorted.map((group) => group.figures), ...(split.other ? [split.other.figures] : [])];
    columnShown = [...shown, mergeSalesFigures(shown)];
    data = {
      ...base,
      ageBands: bandWidth === 10 && isAgeColumn(column),
      bandWidth,
      from: isoDay(range.from),
      through: isoDay(sales.lastDate),
      periods: input.months ?? null,
      defaultRange: input.months === undefined,
      lastPeriodPartial: false,
      rows,
      withheld: { rows: split.withheld.length },
      ...declare(
        [
          ...sorted.map((group): [string, SalesFigures] => [`${column}=${group.key ?? '(blank)'}`, group.figures]),
          ...(split.other ? [[`${column}=other`, split.other.figures] as [string, SalesFigures]] : []),
        ],
        shown,
        minimum,
      ),
    };
  }
  if (
    data.by === 'column' &&
    input.months !== undefined &&
    windowGivesAway(sales.transactions, new Date(`${data.from}T00:00:00Z`), columnShown, minimum)
  )
    data = narrowRangeResult(data);
  const chartInput = salesBreakdownChartInput(data, context.language);
  const charts =
    chartInput === null
      ? []
      : await drawToolChart(context, buildSalesBreakdownChart(chartInput, context.language), `sales-by-${data.by}`, {
          dataset,
          runId: null,
        });
  return { result: data, charts };
}

/**
 * The column `by` names, or a ToolInputError naming it and the columns there are: the model reads
 * the English message, a person the reader message.
 */
function resolveColumn(by: string, columns: CustomerColumns, context: ToolContext): string {
  const target = findBreakdownTarget(by, columns.columns);
  const usable = columns.columns.filter((name) => !columns.personal.has(name));
  if (target === null || target.kind !== 'column') {
    const available = usable.map((name) => columnName(name, context.language));
    throw new ToolInputError(
      'TOOL_BREAKDOWN_COLUMN_UNKNOWN',
      `The dataset has no customer column ${quoteData(by)}. Pass by "month", "week"${
        usable.length > 0 ? ` or one of the columns: ${usable.map((name) => quoteData(name)).join(', ')}` : ''
      }.`,
      { by, columns: usable },
      {
        readerMessage:
          available.length > 0
            ? translate(messages.columnUnknown, context.language, {
                column: by,
                available: available.join(pick(context.language, { ja: '、', en: ', ' })),
              })
            : translate(messages.columnUnknownNoColumns, context.language, { column: by }),
      },
    );
  }
  if (columns.personal.has(target.column))
    throw new ToolInputError(
      'TOOL_BREAKDOWN_COLUMN_PERSONAL',
      `Column ${quoteData(target.column)} holds personal data (names, contacts or near-unique values); sales are not broken down by it. Use another column${
        usable.length > 0 ? `: ${usable.map((name) => quoteData(name)).join(', ')}` : ''
      }, or "month" / "week".`,
      { by },
      { readerMessage: translate(messages.columnPersonal, context.language, { column: by }) },
    );
  return target.column;
}

/**
 * Default periods: the last 12, or back to the first purchase when 1 to minimum − 1 of the range's
 * buyers also bought before it: the range's total beside the all-time total (which other answers
 * give) would otherwise give those few customers' earlier spend by subtraction.
 */
function defaultPeriodCount(
  transactions: readonly SalesTransaction[],
  unit: PeriodUnit,
  through: Date,
  first: Date,
  minimum: number,
): number {
  const { from } = periodRange({ unit, count: defaultPeriods, through });
  const inside = new SalesAccumulator();
  for (const transaction of transactions) if (transaction.date.getTime() >= from.getTime()) inside.add(transaction);
  if (!windowGivesAway(transactions, from, [inside.figures()], minimum)) return defaultPeriods;
  let count = defaultPeriods;
  while (
    count < longestDefault[unit] &&
    periodRange({ unit, count, through }).from.getTime() > periodStart(first, unit).getTime()
  )
    count += 1;
  return count;
}

/**
 * Whether figures limited to purchases from `from` on give away a few customers' earlier spend: a
 * group of which 1 to minimum − 1 members also bought before `from` has, beside the same group's
 * all-time figures (the differencing rule sees the same members and lets both through), a difference
 * made of those few customers' purchases alone.
 */
function windowGivesAway(
  transactions: readonly SalesTransaction[],
  from: Date,
  groups: readonly SalesFigures[],
  minimum: number,
): boolean {
  const before = new Set<number>();
  for (const transaction of transactions)
    if (transaction.date.getTime() < from.getTime()) before.add(transaction.customerId);
  if (before.size === 0) return false;
  return groups.some((group) => {
    const earlier = group.members.filter((member) => before.has(member)).length;
    return earlier > 0 && earlier < minimum;
  });
}

/** A result whose range is too narrow to give (see {@link windowGivesAway}): no rows, no figures, why. */
function narrowRangeResult(data: BreakDownSalesData): BreakDownSalesData {
  return { ...data, rows: [], total: null, groups: [], withheld: { rows: 0 }, narrowRange: true };
}

/**
 * The declared groups (each shown row's buyers, and the total's: the union of the rows), and the
 * total. The total is left out when the union differs from one of the rows by 1 to minimum − 1
 * customers: the runner would refuse the whole answer for that pair, and the rows alone still answer.
 */
function declare(
  rows: readonly [string, SalesFigures][],
  shown: readonly SalesFigures[],
  minimum: number,
  withoutTotal = false,
): { total: BreakdownFigures | null; groups: DeclaredGroup[] } {
  const groups = rows
    .filter(([, figures]) => figures.customers > 0)
    .map(([label, figures]) => customersGroup(label, figures.members));
  const all = mergeSalesFigures(shown);
  if (withoutTotal) return { total: null, groups };
  if (all.customers === 0) return { total: figuresOf(all), groups };
  const close = groups.some((group) => all.customers - group.size > 0 && all.customers - group.size < minimum);
  if (close) return { total: null, groups };
  return { total: figuresOf(all), groups: [...groups, customersGroup('all customers shown', all.members)] };
}

function sortGroups(groups: readonly AttributeSales[], measure: BreakDownSalesData['measure']): AttributeSales[] {
  const value = (group: AttributeSales): number => figuresOf(group.figures)[measure];
  return [...groups].sort((left, right) => {
    if (left.key === null || right.key === null) return left.key === null ? (right.key === null ? 0 : 1) : -1;
    if (left.band && right.band) return left.band.lower - right.band.lower;
    return value(right) - value(left) || (left.key < right.key ? -1 : 1);
  });
}

function periodRow(entry: PeriodSales & { periods: number }, withheld: boolean): BreakdownRow {
  return {
    kind: 'period',
    key: entry.key,
    start: entry.start,
    end: entry.end,
    periods: entry.periods,
    band: null,
    pooledValues: 0,
    figures: withheld ? null : figuresOf(entry.figures),
  };
}

function attributeRow(group: AttributeSales): BreakdownRow {
  return {
    kind: group.key === null ? 'blank' : group.band ? 'band' : 'value',
    key: group.key ?? '',
    start: null,
    end: null,
    periods: 0,
    band: group.band,
    pooledValues: 0,
    figures: figuresOf(group.figures),
  };
}

/** The figures without the member list (members go into `groups` only). */
function figuresOf(figures: SalesFigures): BreakdownFigures {
  return {
    revenue: figures.revenue,
    orders: figures.orders,
    customers: figures.customers,
    revenuePerCustomer: figures.revenuePerCustomer,
  };
}

function emptyResult(
  base: Omit<
    BreakDownSalesData,
    | 'ageBands'
    | 'bandWidth'
    | 'from'
    | 'through'
    | 'periods'
    | 'defaultRange'
    | 'lastPeriodPartial'
    | 'rows'
    | 'withheld'
    | 'total'
    | 'groups'
  >,
): BreakDownSalesData {
  return {
    ...base,
    ageBands: false,
    bandWidth: null,
    from: null,
    through: null,
    periods: null,
    defaultRange: true,
    lastPeriodPartial: false,
    rows: [],
    withheld: { rows: 0 },
    total: { revenue: 0, orders: 0, customers: 0, revenuePerCustomer: 0 },
    groups: [],
  };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
