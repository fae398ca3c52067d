import type { Language } from '../../core/language.ts';
import { joinList, translate } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';
import { readerQuote } from '../shared/reader-quote.ts';
import { themeValueMessages } from './messages.ts';
import { parseBinaryTarget } from '../../data/analysis/parse-binary-target.ts';
import { loadDatasetForAnalysis } from '../../data/ingest/load-dataset-for-analysis.ts';
import { compareThemeReach } from '../../engine/themes/compare-theme-reach.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import { themeLabel } from '../../engine/themes/name-theme.ts';
import { drawToolChart } from '../shared/draw-tool-chart.ts';
import { loadOrRunSegmentation } from '../shared/load-or-run-segmentation.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { ToolInputError, type ToolContext, type ToolRun } from '../takumi-tool.ts';
import { buildThemeValueChart } from '../../charts/theme-value-chart.ts';
import { themeValueChartInput } from './present.ts';
import { customersGroup } from '../shared/group-members.ts';
import type { ThemeValueData, ThemeValueRow } from './result.ts';
import type { ThemeValueInput } from './schema.ts';

interface PosterRow {
  themes: number[];
  value: number;
  valuable: boolean;
}

/**
 * Which photo themes the valuable customers post more than the other photo posters: valuable = the
 * top `topShare` of all customers by 12-month CLV or total spend (so it means the same as elsewhere),
 * or 1 in a 0/1 column. Only customers with photos are compared (a customer without photos posts no
 * theme, and counting them would only say "valuable customers post more photos"). Themes below the
 * minimum customer count are never named; nothing is compared when either side is below it.
 */
export async function runThemeValue(input: ThemeValueInput, context: ToolContext): Promise<ToolRun<ThemeValueData>> {
  const dataset = await resolveDatasetName(input.dataset, context);
  const { analysis, assignments } = await loadOrRunSegmentation(dataset, context);
  const loaded = await loadDatasetForAnalysis(context.prisma, dataset, { includeEmbeddings: false });
  const measure = input.measure ?? 'lifetimeValue';
  const topShare = input.topShare ?? 0.2;
  const minimumGroupSize = context.config.minimumGroupSize;
  const behavior =
    measure === 'behavior' ? findBehaviorColumn(loaded.customers, input.behavior, dataset, context.language) : null;

  const spend = new Map<number, number>();
  for (const row of loaded.transactions) spend.set(row.customerId, (spend.get(row.customerId) ?? 0) + row.amount);
  const themesOf = new Map<number, number[]>();
  for (const photo of loaded.photos) {
    const theme = assignments.themeByPhoto.get(photo.sha256);
    if (theme === undefined) continue;
    const list = themesOf.get(photo.customerId) ?? [];
    list.push(theme);
    themesOf.set(photo.customerId, list);
  }
  const measureOf = (customerId: number, attributes: Record<string, unknown>): number | null => {
    if (measure === 'lifetimeValue') return assignments.lifetimeValueByCustomer.get(customerId) ?? null;
    if (measure === 'spend') return spend.get(customerId) ?? 0;
    return parseBinaryTarget(attributes[behavior!] as never);
  };
  const known = loaded.customers.flatMap((customer) => {
    const value = measureOf(customer.id, customer.attributes);
    return value === null ? [] : [{ id: customer.id, value }];
  });
  // The threshold is the whole base's: "top 20 % by CLV" means the same with or without photos.
  const sorted = known.map((row) => row.value).sort((left, right) => right - left);
  const threshold =
    measure === 'behavior' || sorted.length === 0
      ? null
      : sorted[Math.max(0, Math.ceil(sorted.length * topShare) - 1)]!;
  // The customer of each poster row, in the same order, for the groups declared below.
  const posterIds: number[] = [];
  const posters: PosterRow[] = known.flatMap((row) => {
    const themes = themesOf.get(row.id);
    if (!themes || themes.length === 0) return [];
    posterIds.push(row.id);
    return [{ themes, value: row.value, valuable: threshold === null ? row.value === 1 : row.value >= threshold }];
  });
  const idsWhere = (keep: (poster: PosterRow) => boolean): number[] =>
    posters.flatMap((poster, index) => (keep(poster) ? [posterIds[index]!] : []));
  const valuablePhotoCustomers = posters.filter((row) => row.valuable).length;
  const describable =
    valuablePhotoCustomers >= minimumGroupSize && posters.length - valuablePhotoCustomers >= minimumGroupSize;
  const named = describableThemes(analysis.themes, minimumGroupSize);
  // Two themes with one concept name (「容器の写真」 twice) are told apart by their examples.
  const readableName = (theme: (typeof analysis.themes)[number], language: 'ja' | 'en'): string => {
    const title = themeLabel(theme, language, { examples: false });
    const twins = named.themes.filter((other) => themeLabel(other, language, { examples: false }) === title);
    return twins.length > 1 ? themeLabel(theme, language) : title;
  };
  const reach = describable
    ? compareThemeReach(
        posters,
        named.themes.map((theme) => theme.id),
      )
    : [];
  const themes: ThemeValueRow[] = reach.map((row) => {
    const theme = analysis.themes[row.themeId]!;
    const postersOf = posters.filter((poster) => poster.themes.includes(row.themeId));
    const rest = posters.filter((poster) => !poster.themes.includes(row.themeId));
    const meanOf = (list: PosterRow[]): number | null =>
      measure === 'behavior' || list.length < minimumGroupSize
        ? null
        : list.reduce((sum, poster) => sum + poster.value, 0) / list.length;
    return {
      ...row,
      title: { ja: readableName(theme, 'ja'), en: readableName(theme, 'en') },
      meanValuePosters: meanOf(postersOf),
      meanValueOthers: meanOf(rest),
    };
  });
  const data: ThemeValueData = {
    dataset,
    runId: analysis.runId,
    currency: analysis.currency,
    measure,
    behavior,
    topShare,
    threshold,
    photoCustomers: posters.length,
    valuablePhotoCustomers,
    leftOut: loaded.customers.length - posters.length,
    minimumGroupSize,
    describable,
    themes,
    withheldThemes: analysis.themes.length - named.themes.length,
    groups: describable
      ? [
          customersGroup(
            'valuable photo posters',
            idsWhere((poster) => poster.valuable),
          ),
          customersGroup(
            'other photo posters',
            idsWhere((poster) => !poster.valuable),
          ),
          ...themes.flatMap((row) => [
            customersGroup(
              `T${row.themeId} posters`,
              idsWhere((poster) => poster.themes.includes(row.themeId)),
            ),
            customersGroup(
              `not T${row.themeId} posters`,
              idsWhere((poster) => !poster.themes.includes(row.themeId)),
            ),
          ]),
        ]
      : [],
  };
  const charts =
    themes.length > 0
      ? await drawToolChart(
          context,
          buildThemeValueChart(themeValueChartInput(data, context.language), context.language),
          'theme-value',
          { dataset, runId: analysis.runId },
        )
      : [];
  return { result: data, charts };
}

/** The 0/1 column asked for (default `responded`); an unknown one names the 0/1 columns there are. */
function findBehaviorColumn(
  customers: readonly { attributes: Record<string, unknown> }[],
  requested: string | undefined,
  dataset: string,
  language: Language,
): string {
  const binary = new Set<string>();
  for (const customer of customers.slice(0, 500))
    for (const [name, value] of Object.entries(customer.attributes))
      if (parseBinaryTarget(value as never) !== null) binary.add(name);
  const wanted = requested ?? 'responded';
  const match = [...binary].find((name) => name.toLowerCase() === wanted.toLowerCase());
  if (match) return match;
  throw new ToolInputError(
    'TOOL_BEHAVIOR_COLUMN_UNKNOWN',
    `Dataset ${quoteData(dataset)} has no 0/1 customer column ${quoteData(wanted)}. ${
      binary.size > 0
        ? `Its 0/1 columns: ${[...binary].map((name) => quoteData(name)).join(', ')}.`
        : 'It has no 0/1 column: use measure "lifetimeValue" or "spend".'
    }`,
    { dataset },
    {
      readerMessage: translate(
        binary.size > 0 ? themeValueMessages.behaviorColumnUnknown : themeValueMessages.noBehaviorColumn,
        language,
        {
          dataset: readerQuote(dataset, language),
          column: readerQuote(wanted, language),
          columns: joinList(
            [...binary].map((name) => readerQuote(name, language)),
            language,
          ),
        },
      ),
    },
  );
}
