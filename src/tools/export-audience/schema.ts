import { z } from 'zod';

/** Input of export_audience. */
export const exportAudienceSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z.number().int().min(0).optional().describe('Segment to export (2 for S2); omit for every customer.'),
  columns: z
    .array(z.string().min(1).max(80))
    .max(20)
    .optional()
    .describe('Customer-file columns to include besides the id (e.g. ["email", "region"]); default none.'),
});

export type ExportAudienceInput = z.infer<typeof exportAudienceSchema>;
