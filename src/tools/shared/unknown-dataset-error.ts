import type { Language } from '../../core/language.ts';
import { joinList, translate } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';
import { ToolInputError } from '../takumi-tool.ts';
import { readerQuote } from './reader-quote.ts';
import { sharedMessages } from './shared-messages.ts';

/**
 * The refusal of a dataset name that is not stored (`TOOL_DATASET_UNKNOWN`): the model reads the
 * names there are (and `hint`, what else it may do), the person the same in words.
 */
export function unknownDatasetError(
  requested: string,
  names: readonly string[],
  language: Language,
  hint = '',
): ToolInputError {
  return new ToolInputError(
    'TOOL_DATASET_UNKNOWN',
    names.length === 0
      ? 'There are no datasets yet; import one with `takumi import`.'
      : `No dataset is named ${quoteData(requested)}. Use one of: ${names.map((name) => quoteData(name)).join(', ')}${hint}.`,
    { dataset: requested },
    {
      readerMessage:
        names.length === 0
          ? translate(sharedMessages.noDatasets, language)
          : translate(sharedMessages.datasetUnknown, language, {
              name: readerQuote(requested, language),
              names: joinList(
                names.map((name) => readerQuote(name, language)),
                language,
              ),
            }),
    },
  );
}
