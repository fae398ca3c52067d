import type { Language } from '../../core/language.ts';
import { formatMoney } from '../../core/format/format-money.ts';
import { loadSegmentationRun } from '../../data/analysis/load-segmentation-run.ts';
import { TakumiError } from '../../core/takumi-error.ts';
import { describableThemes } from '../../engine/themes/describable-themes.ts';
import type { ToolContext, ToolRun } from '../takumi-tool.ts';
import { resolveDatasetName } from '../shared/resolve-dataset-name.ts';
import { segmentLabel } from '../shared/segment-label.ts';
import { closestCapabilities } from './capabilities.ts';
import type { ExampleFacts, ExampleSegment } from './example-facts.ts';
import type { SuggestQuestionsData } from './result.ts';
import type { SuggestQuestionsInput } from './schema.ts';

const languages: readonly Language[] = ['ja', 'en'];

/** Aggregates the examples may quote; no segmentation is run for them (a fallback should be quick). */
async function loadFacts(
  dataset: string | null,
  input: SuggestQuestionsInput,
  context: ToolContext,
): Promise<ExampleFacts> {
  const facts: ExampleFacts = {
    customers: 0,
    segment: null,
    discountRate: input.discountRate ?? null,
    budget: null,
    periodMonths: input.periodMonths ?? null,
  };
  if (dataset === null) return facts;
  const stored = await context.prisma.dataset.findUnique({
    where: { name: dataset },
    select: { id: true, currency: true },
  });
  if (!stored) return facts;
  facts.customers = await context.prisma.customer.count({ where: { datasetId: stored.id } });
  if (input.budget !== undefined) {
    const budget = input.budget;
    facts.budget = { ja: formatMoney(budget, stored.currency, 'ja'), en: formatMoney(budget, stored.currency, 'en') };
  }
  try {
    const { analysis } = await loadSegmentationRun(context.prisma, dataset);
    const minimum = context.config.minimumGroupSize;
    const themes = describableThemes(analysis.themes, minimum);
    const describable = analysis.segments.filter((segment) => segment.size >= minimum);
    const named = describable.find((segment) => segment.id === input.segment);
    const valued = describable
      .filter((segment) => segment.meanLifetimeValue !== null)
      .sort((left, right) => right.meanLifetimeValue! - left.meanLifetimeValue!);
    const largest = [...describable].sort((left, right) => right.size - left.size);
    const chosen = named ?? valued[0] ?? largest[0];
    if (chosen) {
      const label = Object.fromEntries(
        languages.map((language) => [language, segmentLabel(chosen, analysis.segments, themes, language)]),
      ) as ExampleSegment['label'];
      facts.segment = { id: chosen.id, size: chosen.size, label };
    }
  } catch (error) {
    if (!(error instanceof TakumiError && error.code === 'SEGMENTATION_NOT_FOUND')) throw error;
  }
  return facts;
}

/**
 * The two or three closest things Takumi can do, as example questions with the user's own figures:
 * the segment, discount, budget and period the question named, the dataset's customer count and
 * describable segments by name. A segment below the minimum size is never named.
 */
export async function runSuggestQuestions(
  input: SuggestQuestionsInput,
  context: ToolContext,
): Promise<ToolRun<SuggestQuestionsData>> {
  const dataset = await resolveDatasetName(input.dataset, context).catch(() => null);
  const facts = await loadFacts(dataset, input, context);
  const suggestions = closestCapabilities(input.question, 3, facts).map((capability) => ({
    capability: capability.id,
    question: { ja: capability.example(facts, 'ja'), en: capability.example(facts, 'en') },
  }));
  return { result: { dataset, suggestions }, charts: [] };
}
