import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { quoteData } from '../../core/quote-data.ts';
import { listDatasetsMessages as messages } from './messages.ts';
import type { ListDatasetsData } from './result.ts';

/**
 * list_datasets' result in the reader's language. The model reads the same text (whole-dataset counts
 * only), so it is both the summary and the presentation.
 */
export function presentDatasets(result: ListDatasetsData, language: Language): string {
  if (result.datasets.length === 0) return translate(messages.none, language);
  return [
    translate(messages.heading, language, { count: result.datasets.length }),
    ...result.datasets.map((dataset) => translate(messages.dataset, language, dataset)),
  ].join('\n');
}

/**
 * What the model reads: the same lines, with each dataset name quoted as data (an operator chose it,
 * so it may carry line breaks or instructions; see quoteData).
 */
export function summarizeDatasets(result: ListDatasetsData, language: Language): string {
  return presentDatasets(
    { ...result, datasets: result.datasets.map((dataset) => ({ ...dataset, name: quoteData(dataset.name) })) },
    language,
  );
}
