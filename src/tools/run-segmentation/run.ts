import { buildSegmentSizesChart } from '../../charts/segment-sizes-chart.ts';
import { buildSegmentValueChart } from '../../charts/segment-value-chart.ts';
import { buildVisualThemeMapChart } from '../../charts/visual-theme-map-chart.ts';
import {
  defaultSegmentationAnalysisOptions,
  runSegmentationAnalysis,
} from '../../data/analysis/run-segmentation-analysis.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabels } from '../shared/segment-label.ts';
import { segmentationStepLabel } from '../shared/segmentation-step-label.ts';
import type { ToolContext, ToolRun } from '../takumi-tool.ts';
import type { RunSegmentationData } from './result.ts';
import type { DeclaredGroup } from '../declared-group.ts';
import { everyoneGroup, loadSegmentMembership, segmentGroup } from '../shared/group-members.ts';
import type { RunSegmentationInput } from './schema.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';

/** Runs and stores a segmentation (themes → features → CLV → segments) and draws its three charts. */
export async function runSegmentation(
  input: RunSegmentationInput,
  context: ToolContext,
): Promise<ToolRun<RunSegmentationData>> {
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
  const labels = segmentLabels(analysis.segments, describable, context.language);
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
          currency: analysis.currency,
        },
        context.language,
      ),
      'segment-value',
      footer,
    )),
  ];
  // Segments are merged up to the minimum size by the engine; themes are described only when enough
  // people posted in them, and every described group is declared for the tool runner's check.
  // Segment means with their sizes give the whole base's figures too, so everyone is a described group;
  // themes are only named and counted here.
  const membership = await loadSegmentMembership(context.prisma, analysis.runId);
  const groups: DeclaredGroup[] = [
    ...analysis.segments.map((segment) => segmentGroup(membership, segment.id)),
    everyoneGroup(membership),
    ...describable.themes.map((theme) => ({
      label: `T${theme.id}`,
      size: theme.customers,
      members: 'counted' as const,
    })),
  ];
  return { result: { ...analysis, labels, groups, minimumGroupSize: minimum }, charts };
}
