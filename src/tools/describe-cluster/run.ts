import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { minimumThemeZ, segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import type { DescribeClusterData } from './result.ts';
import type { DescribeClusterInput } from './schema.ts';
import { describableThemes, type DescribableThemes } from '../../engine/themes/describable-themes.ts';
import { themeLabel } from '../../engine/themes/name-theme.ts';
import { quoteData } from '../../core/quote-data.ts';
import { findTheme as findNamedTheme } from '../shared/find-theme.ts';
import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { sharedMessages } from '../shared/shared-messages.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import { segmentGroup, everyoneGroup } from '../shared/group-members.ts';

/** Finds the segment or theme in the latest (or given) run; an unknown id names the valid range. */
export async function describeCluster(
  input: DescribeClusterInput,
  context: ToolContext,
): Promise<ToolRun<DescribeClusterData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context, input.runId);
  if (input.kind === 'theme') {
    const names = describableThemes(analysis.themes, context.config.minimumGroupSize);
    const theme = findTheme(analysis.themes, names, input, analysis.runId, context.language);
    const column = `theme_${theme.id}_share`;
    const segmentsOverIndexing = analysis.segments
      .map((segment) => ({
        segment: segment.id,
        label: segmentLabel(segment, analysis.segments, names, context.language),
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
        // A theme's description counts its posters and lists segment shares: no figure of theirs.
        groups: [{ label: `T${theme.id}`, size: theme.customers, members: 'counted' }],
      },
      charts: [],
    };
  }
  const segment = input.id === undefined ? undefined : analysis.segments[input.id];
  if (!segment) throw unknownSegmentError(input.id, analysis, context.language, { id: input.id });
  const describable = describableThemes(analysis.themes, context.config.minimumGroupSize);
  return {
    result: {
      kind: 'segment',
      runId: analysis.runId,
      dataset,
      label: segmentLabel(segment, analysis.segments, describable, context.language),
      currency: analysis.currency,
      segment,
      customerCount: analysis.customerCount,
      themeNames: [...describable.namesIn(context.language)],
      describableThemeIds: describable.themes.map((theme) => theme.id),
      minimumThemeZ: minimumThemeZ(analysis.segments),
      // The lifts compare the segment with the average of everyone: both groups are described.
      groups: [segmentGroup(assignments, segment.id), everyoneGroup(assignments)],
    },
    charts: [],
  };
}

type RunTheme = Awaited<ReturnType<typeof loadOrRunSegmentation>>['analysis']['themes'][number];

/**
 * The theme asked for, by number or by what its photos show (「犬」, "dog": {@link findNamedTheme}, as
 * compare_segments matches them). A name is only matched
 * against themes that may be named; a small theme asked for by number is withheld by the tool runner
 * (its declared group is below the minimum), like any small group.
 */
function findTheme(
  themes: readonly RunTheme[],
  names: DescribableThemes<RunTheme>,
  input: DescribeClusterInput,
  runId: number,
  language: Language,
): RunTheme {
  const listing = (): string =>
    names.themes.map((theme) => `T${theme.id} "${themeLabel(theme, 'en', { examples: false })}"`).join(', ');
  const readerThemes = names.themes.map((candidate) => themeLabel(candidate, language, { examples: false }));
  let theme: RunTheme | undefined;
  if (input.id !== undefined) theme = themes[input.id];
  else if (input.themeName !== undefined) {
    // Only describable themes are matched, so a word cannot reveal a small theme.
    theme = findNamedTheme(input.themeName, names) ?? undefined;
    if (!theme)
      throw new ToolInputError(
        'TOOL_THEME_UNKNOWN',
        `No theme of run ${runId} shows ${quoteData(input.themeName)}. Its themes: ${listing() || 'none that may be named'}.`,
        {},
        {
          readerMessage: translate(sharedMessages.themeNotFound, language, {
            name: input.themeName,
            themes: readerThemes,
          }),
        },
      );
  } else
    throw new ToolInputError(
      'TOOL_THEME_UNKNOWN',
      `Pass the theme's id or themeName. Run ${runId} has: ${listing()}.`,
      {},
      { readerMessage: translate(sharedMessages.themeMissing, language, { themes: readerThemes }) },
    );
  if (!theme)
    throw new ToolInputError(
      'TOOL_THEME_UNKNOWN',
      `Theme T${input.id} does not exist; run ${runId} has themes T0–T${themes.length - 1}.`,
      { id: input.id },
      { readerMessage: translate(sharedMessages.themeNumberUnknown, language, { themes: readerThemes }) },
    );
  return theme;
}
