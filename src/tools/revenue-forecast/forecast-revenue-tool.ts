import { z } from 'zod';
import { buildRevenueForecastChart } from '../../charts/revenue-forecast-chart.ts';
import { loadCustomerOutlook } from '../../data/analysis/load-customer-outlook.ts';
import { simulateRevenueForecast } from '../../engine/churn/simulate-revenue-forecast.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { formatMoney } from '../../core/format/format-money.ts';
import { ToolInputError, type TakumiTool } from '../takumi-tool.ts';
import { translate } from '../../core/message-catalog.ts';
import { readerQuote } from '../shared/reader-quote.ts';
import { sharedMessages } from '../shared/shared-messages.ts';
import {
  pastPeriodLabel,
  periodName,
  presentRevenueForecast,
  revenueForecastChartSubtitle,
  summarizeRevenueForecast,
} from './revenue-forecast-views.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import type { ForecastRevenueData } from './result.ts';
import { customersGroup } from '../shared/group-members.ts';

const inputSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  periodMonths: z
    .number()
    .int()
    .min(1)
    .max(12)
    .optional()
    .describe('Months ahead to forecast: 1 for next month (default), 3 for the next quarter, 12 for a year.'),
});

export type ForecastRevenueInput = z.infer<typeof inputSchema>;
export type { ForecastRevenueData } from './result.ts';

const weeksPerMonth = 4.345;

/** Next month's (or quarter's) revenue from today's customers, with a simulated range. */
export const forecastRevenueTool: TakumiTool<ForecastRevenueInput, ForecastRevenueData> = {
  name: 'forecast_revenue',
  description:
    "Forecasts the revenue and purchases of the existing customers over the next months (default next month) with a 90% range, from the dataset's own BG/NBD and Gamma-Gamma fits simulated 2,000 times, next to the revenue of recent periods. Use for 来月の売上, sales forecast, how much will we sell.",
  schema: inputSchema,
  present: presentRevenueForecast,
  async run(input, context) {
    const dataset = await resolveDatasetName(input.dataset, context);
    const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
    const periodMonths = input.periodMonths ?? 1;
    const outlooks = await loadCustomerOutlook({
      prisma: context.prisma,
      analysis,
      assignments,
      horizonWeeks: periodMonths * weeksPerMonth,
    }).catch((error: unknown) => {
      if (error instanceof TakumiError && error.code === 'OUTLOOK_NO_MODEL')
        throw new ToolInputError(error.code, error.message, error.details, {
          readerMessage: translate(sharedMessages.noLifetimeModel, context.language, {
            dataset: readerQuote(dataset, context.language),
          }),
        });
      throw error;
    });
    const forecast = simulateRevenueForecast(
      outlooks.purchaseModel,
      outlooks.spendModel,
      outlooks.customers.map((customer) => customer.summary),
      outlooks.horizonWeeks,
      { seed: analysis.seed },
    );
    const data: ForecastRevenueData = {
      dataset,
      runId: analysis.runId,
      periodMonths,
      customers: outlooks.customers.length,
      revenue: forecast.revenue,
      purchases: forecast.purchases,
      expectedBuyers: outlooks.customers.reduce((sum, customer) => sum + customer.forecast.probabilityBuyAgain, 0),
      pastRevenue: outlooks.pastRevenue,
      intervalLevel: forecast.options.intervalLevel,
      simulations: forecast.options.simulations,
      currency: analysis.currency,
      groups: [
        customersGroup(
          'all customers',
          outlooks.customers.map((customer) => customer.customerId),
        ),
      ],
    };
    const language = context.language;
    const money = (amount: number): string => formatMoney(amount, data.currency, language);
    const charts = await drawToolChart(
      context,
      buildRevenueForecastChart(
        {
          periods: [
            ...data.pastRevenue.map((revenue, index) => ({
              label: pastPeriodLabel(data.pastRevenue.length - index, periodMonths, language),
              value: revenue,
              kind: 'actual' as const,
              valueText: money(revenue),
            })),
            {
              label: periodName(periodMonths, language),
              value: data.revenue.expected,
              low: data.revenue.low,
              high: data.revenue.high,
              kind: 'forecast' as const,
              valueText: `${money(data.revenue.low)}〜${money(data.revenue.high)}`,
            },
          ],
          subtitle: revenueForecastChartSubtitle(data, language),
          currency: data.currency,
        },
        language,
      ),
      'revenue-forecast',
      { dataset, runId: analysis.runId },
    );
    return { summary: summarizeRevenueForecast(data), data, charts };
  },
};
