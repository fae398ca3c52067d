import { languages, type Language } from '../../core/language.ts';
import { loadCustomerActivity } from '../../data/analysis/load-customer-activity.ts';
import {
  compareGroups,
  summarizeGroup,
  type CustomerActivity,
  type GroupSummary,
} from '../../engine/compare/compare-groups.ts';
import {
  describableThemes,
  type DescribableThemes,
  type ThemeWithPosters,
} from '../../engine/themes/describable-themes.ts';
import { themeLabel } from '../../engine/themes/name-theme.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { sharedMessages } from '../shared/shared-messages.ts';
import { unknownSegmentError } from '../shared/unknown-segment-error.ts';
import { compareChartSpec } from './compare-chart-spec.ts';
import { findTheme } from '../shared/find-theme.ts';
import { compareMessages } from './messages.ts';
import { translate } from '../../core/message-catalog.ts';
import { customersGroup } from '../shared/group-members.ts';
import type { CompareSegmentsData, ComparedGroup } from './result.ts';
import type { CompareSegmentsInput } from './schema.ts';
import { groupDigits } from '../../core/format/format-count.ts';

/** Top themes listed per group. */
const topThemeCount = 3;

const both = (name: (language: Language) => string): Record<Language, string> =>
  Object.fromEntries(languages.map((language) => [language, name(language)])) as Record<Language, string>;

/**
 * Theme names that tell the themes apart: the plain name, with examples where two themes share it
 * (「容器の写真（例: ボール）」), with the number in brackets where even those agree.
 */
function distinctThemeNames(themes: DescribableThemes<ThemeWithPosters>): (id: number, language: Language) => string {
  return (id, language) => {
    const plain = (theme: number): string => themes.name(theme, language)!;
    const others = themes.themes.filter((theme) => theme.id !== id);
    if (!others.some((theme) => plain(theme.id) === plain(id))) return plain(id);
    const detailed = (theme: ThemeWithPosters): string =>
      theme.labels ? themeLabel({ ...theme, labels: theme.labels }, language) : plain(theme.id);
    const own = detailed(themes.themes.find((theme) => theme.id === id)!);
    return others.some((theme) => detailed(theme) === own) ? `${own}［T${id}］` : own;
  };
}

/**
 * Two segments, or the customers of two photo themes, side by side: size, revenue, lifetime value,
 * order value, purchases and recency from each customer's own purchases, the themes they post, and
 * the measures and themes on which they differ most; a chart of the measures titled with the finding.
 */
export async function runCompareSegments(
  input: CompareSegmentsInput,
  context: ToolContext,
): Promise<ToolRun<CompareSegmentsData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  const kind = input.kind ?? 'segment';
  const themes = describableThemes(analysis.themes, context.config.minimumGroupSize);
  const themeName = distinctThemeNames(themes);
  const activity = await loadCustomerActivity(context.prisma, dataset, { asOf: analysis.asOf, ...assignments });
  const everyone = [...activity.values()];
  const base = { customers: everyone.length, revenue: everyone.reduce((sum, entry) => sum + entry.revenue, 0) };

  const readerThemes = () => themes.themes.map((entry) => themeName(entry.id, context.language));
  const resolve = (
    reference: number | string,
  ): { id: number; members: CustomerActivity[]; customerIds: number[]; name: ComparedGroup['name'] } => {
    if (kind === 'theme') {
      const theme = findTheme(reference, themes);
      if (!theme)
        throw new ToolInputError(
          'TOOL_THEME_UNKNOWN',
          `No photo theme "${reference}" that can be described; themes: ${themes.themes.map((entry) => `T${entry.id} "${entry.name}"`).join(', ')}. Themes posted by fewer than ${groupDigits(context.config.minimumGroupSize)} customers are never described.`,
          { reference: String(reference) },
          {
            readerMessage:
              typeof reference === 'number'
                ? translate(sharedMessages.themeNumberUnknown, context.language, { themes: readerThemes() })
                : translate(sharedMessages.themeNotFound, context.language, {
                    name: reference,
                    themes: readerThemes(),
                  }),
          },
        );
      const posters = [...activity.entries()].filter(([, entry]) => entry.themes.has(theme.id));
      return {
        id: theme.id,
        members: posters.map(([, entry]) => entry),
        customerIds: posters.map(([customer]) => customer),
        name: both((language) =>
          translate(compareMessages.themePosters, language, { theme: themeName(theme.id, language) }),
        ),
      };
    }
    const id =
      typeof reference === 'number' ? reference : Number(/^(?:s|segment\s*)?(\d{1,3})$/iu.exec(reference)?.[1]);
    const segment = Number.isInteger(id) ? analysis.segments[id] : undefined;
    if (!segment) throw unknownSegmentError(reference, analysis, context.language, { segment: String(reference) });
    const inSegment = [...activity.entries()].filter(
      ([customer]) => assignments.segmentByCustomer.get(customer) === id,
    );
    return {
      id,
      members: inSegment.map(([, entry]) => entry),
      customerIds: inSegment.map(([customer]) => customer),
      name: both((language) => segmentLabel(segment, analysis.segments, themes, language)),
    };
  };
  const first = resolve(input.first);
  const second = resolve(input.second);
  if (first.id === second.id)
    throw new ToolInputError(
      'TOOL_COMPARE_SAME_GROUP',
      `Both sides are ${kind === 'theme' ? 'theme' : 'segment'} ${first.id}; pass two different ones to compare.`,
      {},
      { readerMessage: translate(compareMessages.sameGroup, context.language, { name: first.name[context.language] }) },
    );
  const compared = new Set(kind === 'theme' ? [first.id, second.id] : []);
  const side = (group: typeof first): ComparedGroup => {
    const summary: GroupSummary = summarizeGroup(group.members, base);
    return {
      id: group.id,
      name: group.name,
      summary,
      topThemes: summary.themes
        .filter((entry) => themes.has(entry.theme) && !compared.has(entry.theme))
        .slice(0, topThemeCount)
        .map((entry) => ({
          theme: entry.theme,
          name: both((language) => themeName(entry.theme, language)),
          share: entry.share,
        })),
    };
  };
  const left = side(first);
  const right = side(second);
  const comparison = compareGroups(left.summary, right.summary, (theme) => themes.has(theme) && !compared.has(theme));
  const tag = kind === 'theme' ? 'T' : 'S';
  const data: CompareSegmentsData = {
    kind,
    runId: analysis.runId,
    dataset,
    currency: analysis.currency,
    customerCount: base.customers,
    first: left,
    second: right,
    measures: comparison.measures,
    differences: comparison.differences,
    themeDifferences: comparison.themes.slice(0, 2).map((entry) => ({
      ...entry,
      name: both((language) => themeName(entry.theme, language)),
    })),
    overlap: kind === 'theme' ? first.members.filter((member) => member.themes.has(second.id)).length : null,
    // Both sides' figures, and the base's (revenue shares, the customer count), are described.
    groups: [
      customersGroup(`${tag}${left.id}`, first.customerIds),
      customersGroup(`${tag}${right.id}`, second.customerIds),
      customersGroup('all customers', activity.keys()),
    ],
  };
  const charts =
    data.measures.length === 0
      ? []
      : await drawToolChart(
          context,
          compareChartSpec(data, context.language),
          `compare-${tag}${left.id}-${tag}${right.id}`,
          {
            dataset,
            runId: analysis.runId,
          },
        );
  return { result: data, charts };
}
