import { z } from 'zod';
import { ToolInputError, type TakumiTool } from './takumi-tool.ts';

const listDatasetsSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Exact dataset name to show only that dataset; omit to list all datasets.'),
  })
  .strict();

/** Counts of one imported dataset. */
export interface DatasetCounts {
  name: string;
  customers: number;
  transactions: number;
  photos: number;
  /** ISO date-time of the last import into the dataset. */
  updatedAt: string;
}

/** `data` of {@link listDatasetsTool}. */
export interface ListDatasetsData {
  datasets: DatasetCounts[];
}

/**
 * `list_datasets`: the imported datasets with their customer, transaction and photo counts, so the
 * model knows what it can analyse. Counts of whole datasets describe no one, so it declares no groups.
 */
export const listDatasetsTool: TakumiTool<z.infer<typeof listDatasetsSchema>, ListDatasetsData> = {
  name: 'list_datasets',
  description:
    'Lists the imported customer datasets with their numbers of customers, purchase transactions and photos. Use it when the user asks what data there is, or before an analysis when the dataset is unclear.',
  schema: listDatasetsSchema,
  async run(input, context) {
    const rows = await context.prisma.dataset.findMany({
      where: input.name ? { name: input.name } : {},
      orderBy: { name: 'asc' },
      select: {
        name: true,
        updatedAt: true,
        _count: { select: { customers: true, transactions: true, photos: true } },
      },
    });
    if (input.name && rows.length === 0) {
      const names = (await context.prisma.dataset.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map(
        (dataset) => dataset.name,
      );
      throw new ToolInputError(
        'TOOL_DATASET_UNKNOWN',
        names.length === 0
          ? 'There are no datasets yet; import one with `takumi import`.'
          : `No dataset is named "${input.name}". Use one of: ${names.join(', ')}; or omit "name" to list all.`,
        { name: input.name },
      );
    }
    const datasets = rows.map((row) => ({
      name: row.name,
      customers: row._count.customers,
      transactions: row._count.transactions,
      photos: row._count.photos,
      updatedAt: row.updatedAt.toISOString(),
    }));
    return { summary: summarize(datasets, context.language), data: { datasets }, charts: [] };
  },
};

function summarize(datasets: readonly DatasetCounts[], language: 'ja' | 'en'): string {
  if (datasets.length === 0) {
    return language === 'ja'
      ? 'データセットはまだありません。`takumi import` で取り込んでください。'
      : 'There are no datasets yet; import one with `takumi import`.';
  }
  const lines = datasets.map((dataset) =>
    language === 'ja'
      ? `- ${dataset.name}: 顧客 ${dataset.customers}人、購買 ${dataset.transactions}件、写真 ${dataset.photos}枚（最終取り込み ${dataset.updatedAt.slice(0, 10)}）`
      : `- ${dataset.name}: ${dataset.customers} customers, ${dataset.transactions} purchases, ${dataset.photos} photos (last import ${dataset.updatedAt.slice(0, 10)})`,
  );
  const heading = language === 'ja' ? `データセットは${datasets.length}件です:` : `${datasets.length} dataset(s):`;
  return [heading, ...lines].join('\n');
}
