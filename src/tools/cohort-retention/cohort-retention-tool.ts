import { defineTool } from '../takumi-tool.ts';
import { summarizeCohortRetention } from './model-summary.ts';
import { presentCohortRetention } from './present.ts';
import { runCohortRetention } from './run.ts';
import { cohortRetentionSchema } from './schema.ts';

export type { CohortRetentionData } from './result.ts';
export type { CohortRetentionInput } from './schema.ts';

/** Retention by month of first purchase: who keeps buying 1, 3, … months later, as a table and a heat map. */
export const cohortRetentionTool = defineTool({
  name: 'cohort_retention',
  description:
    'Cohort retention: customers grouped by the month of their first purchase; for each group, the share who bought again 1, 2, … 12 months later and their spend per customer, which group keeps customers best and worst, and whether it is getting better. Only complete months are counted. Use for コホート, 継続率, リピート率, 定着率, retention, how many come back after their first purchase. Draws a heat map.',
  schema: cohortRetentionSchema,
  run: runCohortRetention,
  summarize: summarizeCohortRetention,
  present: presentCohortRetention,
});
