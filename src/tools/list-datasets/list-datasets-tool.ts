import { defineTool } from '../takumi-tool.ts';
import { presentDatasets, summarizeDatasets } from './present.ts';
import { listDatasets } from './run.ts';
import { listDatasetsSchema } from './schema.ts';

export type { DatasetCounts, ListDatasetsData } from './result.ts';

/**
 * `list_datasets`: the imported datasets with their customer, transaction and photo counts, so the
 * model knows what it can analyse.
 */
export const listDatasetsTool = defineTool({
  name: 'list_datasets',
  description:
    'Lists the imported customer datasets with their numbers of customers, purchase transactions and photos. Use it when the user asks what data there is, or before an analysis when the dataset is unclear.',
  schema: listDatasetsSchema,
  run: listDatasets,
  summarize: summarizeDatasets,
  present: presentDatasets,
});
