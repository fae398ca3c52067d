import { joinList, translate } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';
import { ToolInputError, type ToolContext } from '../takumi-tool.ts';
import { readerQuote } from './reader-quote.ts';
import { sharedMessages } from './shared-messages.ts';

/** The dataset a tool works on: the one named in the call, else the conversation's default. */
export async function resolveDatasetName(requested: string | undefined, context: ToolContext): Promise<string> {
  if (requested) return requested;
  if (context.defaultDataset) return context.defaultDataset;
  const datasets = await context.prisma.dataset.findMany({ select: { name: true }, orderBy: { id: 'asc' } });
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
