import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import type { DescribeClusterData } from './result.ts';
import type { DescribeClusterInput } from './schema.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';

/** Finds the segment or theme in the latest (or given) run; an unknown id names the valid range. */
export async function describeCluster(
  input: DescribeClusterInput,
  context: ToolContext,
): Promise<ToolRun<DescribeClusterData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis } = await loadOrRunSegmentation(dataset, context, input.runId);
  if (input.kind === 'theme') {
    const theme = analysis.themes[input.id];
    if (!theme)
      throw new ToolInputError(
        'TOOL_THEME_UNKNOWN',
        `Theme T${input.id} does not exist; run ${analysis.runId} has themes T0–T${analysis.themes.length - 1}.`,
        { id: input.id },
      );
    const column = `theme_${theme.id}_share`;
    const names = describableThemes(analysis.themes, context.config.minimumGroupSize);
    const segmentsOverIndexing = analysis.segments
      .map((segment) => ({
        segment: segment.id,
        label: segmentLabel(segment, names, context.language),
        share: segment.features.find((feature) => feature.name === column)?.mean ?? 0,
        lift: segment.features.find((feature) => feature.name === column)?.lift ?? 0,
      }))
      .sort((left, right) => right.lift - left.lift);
    return {
      result: {
        kind: 'theme',
        runId: analysis.runId,
        dataset,
        theme,
        segmentsOverIndexing,
        groups: [{ label: `T${theme.id}`, size: theme.customers }],
      },
      charts: [],
    };
  }
  const segment = analysis.segments[input.id];
  if (!segment)
    throw new ToolInputError(
      'TOOL_SEGMENT_UNKNOWN',
      `Segment S${input.id} does not exist; run ${analysis.runId} has segments S0–S${analysis.segments.length - 1}.`,
      { id: input.id },
    );
  const describable = describableThemes(analysis.themes, context.config.minimumGroupSize);
  return {
    result: {
      kind: 'segment',
      runId: analysis.runId,
      dataset,
      label: segmentLabel(segment, describable, context.language),
      currency: analysis.currency,
      segment,
      customerCount: analysis.customerCount,
      themeNames: [...describable.namesIn(context.language)],
      describableThemeIds: describable.themes.map((theme) => theme.id),
      groups: [{ label: `S${segment.id}`, size: segment.size }],
    },
    charts: [],
  };
}
