import { buildCohortRetentionChart } from '../../charts/cohort-retention-chart.ts';
import { loadPurchaseDates } from '../../data/analysis/load-purchase-dates.ts';
import { hasNearPopulations } from '../../data/privacy/find-near-populations.ts';
import { computeCohortRetention } from '../../engine/cohorts/compute-cohort-retention.ts';
import { isNearPeriodBuyers } from '../../engine/cohorts/near-period-buyers.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { customersGroup } from '../shared/group-members.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import type { ToolContext, ToolRun } from '../takumi-tool.ts';
import { unknownDatasetError } from '../shared/unknown-dataset-error.ts';
import type { DeclaredGroup } from '../declared-group.ts';
import { cohortRetentionChartInput } from './present.ts';
import type { CohortRetentionData } from './result.ts';
import type { CohortRetentionInput } from './schema.ts';

/**
 * Retention by month of first purchase, from the dataset's purchases (no segmentation needed).
 * Every row is declared with its customers, and so are all buyers together: the rows' sizes and
 * rates give the overall figures, and the rows are all buyers whatever the options (small months
 * merged, the oldest folded), so asking with other options never yields two groups a few customers apart.
 */
export async function runCohortRetention(
  input: CohortRetentionInput,
  context: ToolContext,
): Promise<ToolRun<CohortRetentionData>> {
  const name = await resolveDatasetName(input.dataset, context);
  const dataset = await context.prisma.dataset.findUnique({
    where: { name },
    select: { currency: true },
  });
  if (!dataset) {
    const names = (await context.prisma.dataset.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map(
      (row) => row.name,
    );
    throw unknownDatasetError(name, names, context.language);
  }
  const minimumGroupSize = context.config.minimumGroupSize;
  const monthsAfter = input.monthsAfter ?? 12;
  const purchases = await loadPurchaseDates(context.prisma, name);
  const compute = (monthsPerCohort: number) =>
    computeCohortRetention(purchases, {
      maxCohorts: input.maxCohorts ?? 12,
      maxOffsets: monthsAfter,
      minimumCohortSize: minimumGroupSize,
      monthsPerCohort,
    });
  // Months first; when a month's first-time buyers are a few away from a group described before, or
  // from that month's buyers (what a sales breakdown by month describes: they differ by the month's
  // returning customers), the rule would refuse this answer or the breakdown asked after it, so
  // two-month periods, then quarters, are tried before giving up.
  let retention = compute(1);
  let monthsPerCohort = 1;
  for (const coarser of [2, 3]) {
    if (retention.rows.length === 0) break;
    const groups = [...retention.rows.map((row) => row.members), retention.rows.flatMap((row) => row.members)];
    const refusedLater = isNearPeriodBuyers(retention.rows, purchases, minimumGroupSize);
    if (!refusedLater && !(await hasNearPopulations(context.prisma, groups, minimumGroupSize))) break;
    retention = compute(coarser);
    monthsPerCohort = coarser;
  }
  const anyLaterMonth = retention.rows.some((row) =>
    row.cells.some((cell) => cell.offset > 0 && cell.status === 'observed'),
  );
  const status: CohortRetentionData['status'] =
    retention.customers === 0 ? 'no-purchases' : retention.withheld ? 'too-few' : anyLaterMonth ? 'ok' : 'one-month';
  const rowGroups: DeclaredGroup[] = retention.rows.map((row) =>
    customersGroup(`first bought ${row.firstMonth}–${row.lastMonth}`, row.members),
  );
  const groups: DeclaredGroup[] =
    status === 'ok'
      ? [
          ...rowGroups,
          customersGroup(
            'all buyers',
            retention.rows.flatMap((row) => row.members),
          ),
        ]
      : // Without a later month only the rows' sizes are told: counted, no one's figures.
        rowGroups.map((group) => ({ ...group, members: 'counted' as const }));
  const data: CohortRetentionData = {
    dataset: name,
    currency: dataset.currency,
    status,
    customers: retention.customers,
    purchases: retention.purchases,
    lastPurchaseDate: retention.lastPurchaseDate,
    partialMonth: retention.partialMonth,
    minimumGroupSize,
    monthsAfter,
    monthsPerCohort,
    rows: retention.rows.map(({ members: _members, ...row }) => row),
    findings: retention.findings,
    warnings: retention.warnings,
    groups,
  };
  const charts =
    status === 'ok'
      ? await drawToolChart(
          context,
          buildCohortRetentionChart(cohortRetentionChartInput(data, context.language), context.language),
          'cohort-retention',
          { dataset: name, runId: null },
        )
      : [];
  return { result: data, charts };
}
