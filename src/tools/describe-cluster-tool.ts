import { z } from 'zod';
import { presentCluster } from './present-cluster.ts';
import type { SegmentProfile } from '../engine/segments/profile-segments.ts';
import type { VisualTheme } from '../engine/themes/find-visual-themes.ts';
import { formatNumber, formatPercent } from './format-number.ts';
import { loadOrRunSegmentation } from './load-or-run-segmentation.ts';
import { resolveDatasetName } from './resolve-dataset-name.ts';
import { segmentLabel } from './segment-label.ts';
import { ToolInputError, type TakumiTool } from './takumi-tool.ts';
import { featureLabel } from './feature-label.ts';
import { describableThemes } from '../engine/themes/describable-themes.ts';

const inputSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  kind: z
    .enum(['segment', 'theme'])
    .describe('"segment" for a customer segment (S0, S1, …) or "theme" for a visual photo theme (T0, T1, …).'),
  id: z.number().int().min(0).describe('The segment or theme number, e.g. 3 for S3 or T3.'),
  runId: z.number().int().positive().optional().describe('A specific segmentation run; omit for the latest.'),
});

export type DescribeClusterInput = z.infer<typeof inputSchema>;
export type DescribeClusterData =
  | {
      kind: 'segment';
      runId: number;
      dataset: string;
      label: string;
      segment: SegmentProfile;
      /** Themes enough customers posted in to be named (see `describableThemes`); views mention no other. */
      describableThemeIds: number[];
      groups: { label: string; size: number }[];
    }
  | {
      kind: 'theme';
      runId: number;
      dataset: string;
      theme: VisualTheme & { customers: number };
      segmentsOverIndexing: { segment: number; share: number; lift: number }[];
      groups: { label: string; size: number }[];
    };

/** Describes one segment or visual theme of the latest (or a given) segmentation run. */
export const describeClusterTool: TakumiTool<DescribeClusterInput, DescribeClusterData> = {
  name: 'describe_cluster',
  description:
    'Describes one customer segment (size, behaviour, value, what over- and under-indexes against the whole base) or one visual photo theme (what the photos show, which segments post it). Needs a segmentation run first.',
  schema: inputSchema,
  present: presentCluster,
  async run(input, context) {
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
      const segmentsOverIndexing = analysis.segments
        .map((segment) => ({
          segment: segment.id,
          share: segment.features.find((feature) => feature.name === column)?.mean ?? 0,
          lift: segment.features.find((feature) => feature.name === column)?.lift ?? 0,
        }))
        .sort((left, right) => right.lift - left.lift);
      const summary = [
        `Theme T${theme.id} "${theme.name}" (run ${analysis.runId}): ${theme.size} photos from ${theme.customers} customers, ${formatPercent(theme.share)} of all photos.`,
        `Most common labels: ${theme.labels.map((label) => `${label.label} ${formatPercent(label.share)}`).join(', ')}.`,
        `Segments posting it most: ${segmentsOverIndexing
          .slice(0, 3)
          .map(
            (entry) =>
              `S${entry.segment} (${formatPercent(entry.share)} of their photos, ×${formatNumber(entry.lift)} vs all)`,
          )
          .join(', ')}.`,
      ].join('\n');
      return {
        summary,
        data: {
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
    const label = segmentLabel(segment, describable, context.language);
    // Themes too few customers posted in are left out of the over/under-index lists altogether.
    const ranked = segment.features
      .filter((feature) => feature.lift !== null && describable.allowsFeature(feature.name))
      .sort((left, right) => right.lift! - left.lift!);
    const featureName = (name: string): string =>
      name.startsWith('theme_')
        ? `share of photos in ${featureLabel(name, describable.namesIn(context.language))}`
        : featureLabel(name);
    const rfm = segment.meanRfm;
    const summary = [
      `${label} (run ${analysis.runId}, dataset "${dataset}"): ${segment.size} customers, ${formatPercent(segment.share)} of ${analysis.customerCount}.`,
      `Behaviour: last purchase ${formatNumber(rfm.recencyDays, 0)} days ago on average, ${formatNumber(rfm.frequency)} purchases, total spend ${formatNumber(rfm.monetary)}; RFM scores R ${formatNumber(rfm.recencyScore)} / F ${formatNumber(rfm.frequencyScore)} / M ${formatNumber(rfm.monetaryScore)} (1–5).`,
      segment.meanLifetimeValue === null
        ? 'Lifetime value: not estimated for this dataset.'
        : `Mean 12-month CLV: ${formatNumber(segment.meanLifetimeValue)}.`,
      `Over-indexes on: ${ranked
        .slice(0, 4)
        .map((feature) => `${featureName(feature.name)} ×${formatNumber(feature.lift!)}`)
        .join(', ')}.`,
      `Under-indexes on: ${ranked
        .slice(Math.max(4, ranked.length - 3))
        .reverse()
        .map((feature) => `${featureName(feature.name)} ×${formatNumber(feature.lift!)}`)
        .join(', ')}.`,
    ].join('\n');
    return {
      summary,
      data: {
        kind: 'segment',
        runId: analysis.runId,
        dataset,
        label,
        segment,
        describableThemeIds: describable.themes.map((theme) => theme.id),
        groups: [{ label: `S${segment.id}`, size: segment.size }],
      },
      charts: [],
    };
  },
};
