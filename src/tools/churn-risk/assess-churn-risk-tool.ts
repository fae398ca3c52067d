import { z } from 'zod';
import { buildChurnRiskChart } from '../../charts/churn-risk-chart.ts';
import { loadCustomerOutlook } from '../../data/analysis/load-customer-outlook.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { formatMoney } from '../../core/format/format-money.ts';
import { ToolInputError, type TakumiTool } from '../takumi-tool.ts';
import { translate } from '../../core/message-catalog.ts';
import { readerQuote } from '../shared/reader-quote.ts';
import { sharedMessages } from '../shared/shared-messages.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import { buildChurnRiskResult } from './build-churn-risk-result.ts';
import { churnRuleText, presentChurnRisk, summarizeChurnRisk } from './churn-risk-views.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import type { ChurnRiskData } from './result.ts';

const inputSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  periodMonths: z
    .number()
    .int()
    .min(1)
    .max(12)
    .optional()
    .describe('How many months ahead "expected purchases" look, 1–12. Default 3.'),
  segment: z.number().int().min(0).optional().describe('Only this segment (2 for S2); omit for every customer.'),
});

export type AssessChurnRiskInput = z.infer<typeof inputSchema>;
export type { ChurnRiskData } from './result.ts';

const weeksPerMonth = 4.345;

/**
 * Churn risk without a churn column: each buyer's expected purchases and chance of buying again from
 * the run's BG/NBD fit, the valuable customers whose expected purchases dropped, where they are, the
 * CLV at stake, how they differ and what to do; a churn-like 0/1 column is used as a check when present.
 */
export const assessChurnRiskTool: TakumiTool<AssessChurnRiskInput, ChurnRiskData> = {
  name: 'assess_churn_risk',
  description:
    'Finds customers at risk of leaving (churn) from their purchase history alone, no churn column needed: how many valuable customers are at risk (rule stated), in which segments, the CLV at stake, how they differ from the other valuable customers, and what to do. Use for 解約/離反/churn/at-risk/lapsing questions.',
  schema: inputSchema,
  present: presentChurnRisk,
  async run(input, context) {
    const dataset = await resolveDatasetName(input.dataset, context);
    const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
    if (input.segment !== undefined && !analysis.segments[input.segment])
      throw unknownSegmentError(input.segment, analysis, context.language);
    const periodMonths = input.periodMonths ?? 3;
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
    const minimumGroupSize = context.config.minimumGroupSize;
    const themes = describableThemes(analysis.themes, minimumGroupSize);
    const result = buildChurnRiskResult(outlooks, {
      periodMonths,
      minimumGroupSize,
      segment: input.segment ?? null,
      segmentLabel: (segment) => segmentLabel(analysis.segments[segment]!, analysis.segments, themes, context.language),
    });
    const data: ChurnRiskData = {
      ...result,
      dataset,
      runId: analysis.runId,
      segment: input.segment ?? null,
      segmentName:
        input.segment === undefined || !analysis.segments[input.segment]
          ? null
          : segmentLabel(analysis.segments[input.segment]!, analysis.segments, themes, context.language),
      currency: analysis.currency,
      minimumGroupSize,
    };
    const charts =
      data.segments.length > 0
        ? await drawToolChart(
            context,
            buildChurnRiskChart(
              {
                bars: data.segments.map((entry) => ({
                  label: entry.label,
                  atRisk: entry.atRisk,
                  valueText: `CLV ${formatMoney(entry.lifetimeValueAtRisk, data.currency, context.language)}`,
                })),
                rule: churnRuleText(data, context.language),
              },
              context.language,
            ),
            'churn-risk',
            { dataset, runId: analysis.runId },
          )
        : [];
    return { summary: summarizeChurnRisk(data), data, charts };
  },
};
