import { defineTool } from '../takumi-tool.ts';
import { summarizeBreakDownSales } from './model-summary.ts';
import { presentBreakDownSales } from './present.ts';
import { runBreakDownSales } from './run.ts';
import { breakDownSalesSchema } from './schema.ts';

export type { BreakDownSalesData, BreakdownRow } from './result.ts';
export type { BreakDownSalesInput } from './schema.ts';

/** Revenue, orders or buying customers by month, week or a customer column, small groups withheld. */
export const breakDownSalesTool = defineTool({
  name: 'break_down_sales',
  description:
    'Breaks revenue, orders and customers who bought down by calendar month or ISO week (a trend, ending at the last purchase in the data), or by a customer column such as region or age (numeric columns in bands; ages as 20s, 30s…). ' +
    'Use for 地域別の売上, 月別の売上推移, 年代別の売上, 週ごとの注文数, "revenue by month", "sales by region", "how many customers bought each month". ' +
    'Not for forecasts (forecast_revenue) or segments (run_segmentation). Groups with too few customers are pooled as Other or withheld.',
  schema: breakDownSalesSchema,
  run: runBreakDownSales,
  summarize: summarizeBreakDownSales,
  present: presentBreakDownSales,
});
