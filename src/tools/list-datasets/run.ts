import type { ToolContext, ToolRun } from '../takumi-tool.ts';
import { unknownDatasetError } from '../shared/unknown-dataset-error.ts';
import type { ListDatasetsData } from './result.ts';
import type { ListDatasetsInput } from './schema.ts';

/** Reads the datasets' counts; an unknown `name` is an argument error naming the existing ones. */
export async function listDatasets(input: ListDatasetsInput, context: ToolContext): Promise<ToolRun<ListDatasetsData>> {
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
    throw unknownDatasetError(input.name, names, context.language, '; or omit "name" to list all');
  }
  const datasets = rows.map((row) => ({
    name: row.name,
    customers: row._count.customers,
    transactions: row._count.transactions,
    photos: row._count.photos,
    updatedAt: row.updatedAt.toISOString(),
  }));
  return { result: { datasets }, charts: [] };
}
