import { z } from 'zod';
import { presentSegmentation } from './present-segmentation.ts';
import { buildSegmentSizesChart } from '../charts/segment-sizes-chart.ts';
import { buildSegmentValueChart } from '../charts/segment-value-chart.ts';
import { buildVisualThemeMapChart } from '../charts/visual-theme-map-chart.ts';
import {
  defaultSegmentationAnalysisOptions,
  runSegmentationAnalysis,
} from '../data/analysis/run-segmentation-analysis.ts';
import type { SegmentationAnalysis } from '../data/analysis/segmentation-analysis.ts';
import { drawToolChart } from './draw-tool-chart.ts';
import { segmentationStepLabel } from './segmentation-step-label.ts';
import { formatNumber, formatPercent } from './format-number.ts';
import { resolveDatasetName } from './resolve-dataset-name.ts';
import { segmentLabel } from './segment-label.ts';
import { describableThemes, type DescribableThemes } from '../engine/themes/describable-themes.ts';
import type { TakumiTool } from './takumi-tool.ts';
import { maxOf } from '../engine/statistics/extremes.ts';

const inputSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segments: z
    .number()
    .int()
    .min(2)
    .max(12)
    .optional()
    .describe('Number of customer segments; omit to let Takumi choose by silhouette.'),
  themes: z
    .number()
    .int()
    .min(2)
    .max(40)
    .optional()
    .describe('Number of visual photo themes; omit to choose automatically.'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .optional()
    .describe('Random seed for reproducible results; default 7.'),
});

export type RunSegmentationInput = z.infer<typeof inputSchema>;
export type RunSegmentationData = SegmentationAnalysis & {
  labels: string[];
  groups: { label: string; size: number }[];
};

/** Segments the customers of a dataset (themes → features → CLV → segments) and stores the run. */
export const runSegmentationTool: TakumiTool<RunSegmentationInput, RunSegmentationData> = {
  name: 'run_segmentation',
  description:
    "Groups the customers of a dataset into segments from their photos (visual themes), posting and purchase behaviour (RFM) and lifetime value. Returns each segment's size, behaviour and value. Run this before describing segments, predicting behaviour, estimating ROI or drafting campaigns.",
  schema: inputSchema,
  present: presentSegmentation,
  async run(input, context) {
    const datasetName = await resolveDatasetName(input.dataset, context);
    const analysis = await runSegmentationAnalysis({
      prisma: context.prisma,
      datasetName,
      options: {
        threads: context.config.threads,
        ...(input.seed === undefined ? {} : { seed: input.seed }),
        themes: {
          ...defaultSegmentationAnalysisOptions.themes,
          ...(input.themes === undefined ? {} : { k: input.themes }),
        },
        segments: {
          minSegmentSize: context.config.minimumGroupSize,
          ...(input.segments === undefined ? {} : { k: input.segments }),
        },
      },
      onStep: (step) =>
        context.onProgress?.({
          label: segmentationStepLabel(step.label, context.language),
          done: step.done,
          total: step.total,
        }),
    });
    const minimum = context.config.minimumGroupSize;
    const describable = describableThemes(analysis.themes, minimum);
    const labels = analysis.segments.map((segment) => segmentLabel(segment, describable, context.language));
    const footer = { dataset: datasetName, runId: analysis.runId };
    const charts = [
      ...(await drawToolChart(
        context,
        buildSegmentSizesChart(
          {
            segments: analysis.segments.map((segment, index) => ({
              id: segment.id,
              label: labels[index]!,
              customers: segment.size,
            })),
          },
          context.language,
        ),
        'segment-sizes',
        footer,
      )),
      ...(analysis.projection.length > 0
        ? await drawToolChart(
            context,
            buildVisualThemeMapChart(
              {
                projection: analysis.projection.flatMap((point) => [point.x, point.y]),
                photoThemes: analysis.projection.map((point) => point.theme),
                // Photos of themes too few customers posted in are drawn, unnamed, as "other".
                themes: describable.themes,
              },
              context.language,
            ),
            'theme-map',
            footer,
          )
        : []),
      ...(await drawToolChart(
        context,
        buildSegmentValueChart(
          {
            segments: analysis.segments.map((segment, index) => ({
              id: segment.id,
              label: labels[index]!,
              meanRecencyDays: segment.meanRfm.recencyDays,
              meanFrequency: segment.meanRfm.frequency,
              meanMonetary: segment.meanRfm.monetary,
              meanLifetimeValue: segment.meanLifetimeValue,
            })),
            currency: null,
          },
          context.language,
        ),
        'segment-value',
        footer,
      )),
    ];
    // Segments are merged up to the minimum size by the engine; themes are described only when enough
    // people posted in them, and every described group is declared for the tool runner's check.
    const groups = [
      ...analysis.segments.map((segment) => ({ label: `S${segment.id}`, size: segment.size })),
      ...describable.themes.map((theme) => ({ label: `T${theme.id}`, size: theme.customers })),
    ];
    return { summary: summarize(analysis, labels, describable), data: { ...analysis, labels, groups }, charts };
  },
};

function summarize(
  analysis: SegmentationAnalysis,
  labels: readonly string[],
  describable: DescribableThemes<SegmentationAnalysis['themes'][number]>,
): string {
  const best = (scores: SegmentationAnalysis['segmentSilhouette']): string =>
    scores ? ` (chosen by silhouette ${formatNumber(maxOf(scores.map((score) => score.silhouette)), 3)})` : '';
  const lines = [
    `Segmentation run ${analysis.runId} of dataset "${analysis.datasetName}": ${analysis.customerCount} customers, ${analysis.photoCount} photos, data up to ${analysis.asOf.toISOString().slice(0, 10)}.`,
    `Visual themes: ${analysis.themes.length}${best(analysis.themeSilhouette)}. Largest: ${describable.themes
      .slice(0, 8)
      .map(
        (theme) => `T${theme.id} "${theme.name}" ${formatPercent(theme.share)} of photos, ${theme.customers} customers`,
      )
      .join('; ')}.`,
    `Segments: ${analysis.segments.length}${best(analysis.segmentSilhouette)}.`,
    ...analysis.segments.map((segment, index) => {
      const themes = segment.topThemes
        .filter((entry) => describable.has(entry.theme))
        .map(
          (entry) =>
            `T${entry.theme} ${formatPercent(entry.share)} of photos${entry.lift === null ? '' : ` (×${formatNumber(entry.lift, 1)} vs all)`}`,
        )
        .join(', ');
      const value =
        segment.meanLifetimeValue === null ? '' : `, mean 12-month CLV ${formatNumber(segment.meanLifetimeValue)}`;
      return `- ${labels[index]}: ${segment.size} customers (${formatPercent(segment.share)}); last purchase ${formatNumber(segment.meanRfm.recencyDays, 0)} days ago on average, ${formatNumber(segment.meanRfm.frequency)} purchases, total spend ${formatNumber(segment.meanRfm.monetary)}${value}; top themes: ${themes || 'none large enough to describe'}.`;
    }),
  ];
  if (analysis.lifetimeValue) {
    const { purchaseModel: purchase, spendModel: spend } = analysis.lifetimeValue;
    lines.push(
      `CLV: BG/NBD (r ${formatNumber(purchase.r, 3)}, alpha ${formatNumber(purchase.alpha, 3)}, a ${formatNumber(purchase.a, 3)}, b ${formatNumber(purchase.b, 3)}) and Gamma-Gamma (p ${formatNumber(spend.p, 3)}, q ${formatNumber(spend.q, 3)}, gamma ${formatNumber(spend.gamma, 3)}), ${analysis.lifetimeValue.horizonMonths} months, ${formatPercent(analysis.lifetimeValue.monthlyDiscountRate)} monthly discount.`,
    );
  }
  if (analysis.warnings.length > 0) lines.push(`Notes: ${analysis.warnings.join(' ')}`);
  return lines.join('\n');
}
