import { defineTool } from '../takumi-tool.ts';
import { summarizeComparison } from './model-summary.ts';
import { presentComparison } from './present.ts';
import { runCompareSegments } from './run.ts';
import { compareSegmentsSchema } from './schema.ts';

export type { CompareSegmentsData } from './result.ts';
export type { CompareSegmentsInput } from './schema.ts';

/** Two segments (or the customers of two photo themes) side by side, and where they differ most. */
export const compareSegmentsTool = defineTool({
  name: 'compare_segments',
  description:
    'Compares two customer segments (e.g. S1 and S2), or the customers of two photo themes (e.g. "dog" and "cat"), side by side: size, revenue, lifetime value, order value, purchase frequency, recency, the photos they post, and the biggest differences, with a chart. Use it for "what is the difference between…", 「違いは？」, 「比べて」.',
  schema: compareSegmentsSchema,
  run: runCompareSegments,
  summarize: summarizeComparison,
  present: presentComparison,
});
