import { z } from 'zod';

/** Input of list_datasets. */
export const listDatasetsSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Exact dataset name to show only that dataset; omit to list all datasets.'),
  })
  .strict();

export type ListDatasetsInput = z.infer<typeof listDatasetsSchema>;
