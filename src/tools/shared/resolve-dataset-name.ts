import { joinList, translate } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';
import { ToolInputError, type ToolContext } from '../takumi-tool.ts';
import { readerQuote } from './reader-quote.ts';
import { sharedMessages } from './shared-messages.ts';
import { unknownDatasetError } from './unknown-dataset-error.ts';

/**
 * The dataset a tool works on: the one named in the call, else the conversation's default. A name
 * that is not stored is refused here, for every tool, with the names there are in the asker's words
 * (it used to reach the asker as the loader's English DATASET_NOT_FOUND).
 */
export async function resolveDatasetName(requested: string | undefined, context: ToolContext): Promise<string> {
  const named = requested || context.defaultDataset;
  if (named) {
    const stored = await context.prisma.dataset.findUnique({ where: { name: named }, select: { id: true } });
    if (stored) return named;
  }
  const datasets = await context.prisma.dataset.findMany({ select: { name: true }, orderBy: { id: 'asc' } });
  if (named)
    throw unknownDatasetError(
      named,
      datasets.map((dataset) => dataset.name),
      context.language,
    );
  if (datasets.length === 1) return datasets[0]!.name;
  const names = datasets.map((dataset) => dataset.name);
  throw new ToolInputError(
    'TOOL_DATASET_REQUIRED',
    names.length === 0
      ? 'There are no datasets yet; import one with `takumi import`.'
      : `Several datasets exist (${names.map((name) => quoteData(name)).join(', ')}); pass "dataset" with one of them.`,
    {},
    {
      readerMessage:
        names.length === 0
          ? translate(sharedMessages.noDatasets, context.language)
          : translate(sharedMessages.datasetAmbiguous, context.language, {
              names: joinList(
                names.map((name) => readerQuote(name, context.language)),
                context.language,
              ),
            }),
    },
  );
}
