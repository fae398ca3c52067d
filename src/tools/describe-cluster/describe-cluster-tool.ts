import { defineTool } from '../takumi-tool.ts';
import { summarizeCluster } from './model-summary.ts';
import { presentCluster } from './present.ts';
import { describeCluster } from './run.ts';
import { describeClusterSchema } from './schema.ts';

export type { DescribeClusterData } from './result.ts';
export type { DescribeClusterInput } from './schema.ts';

/** Describes one segment or visual theme of the latest (or a given) segmentation run. */
export const describeClusterTool = defineTool({
  name: 'describe_cluster',
  description:
    'Describes one customer segment (size, behavior, value, what over- and under-indexes against the whole base) or one visual photo theme (what the photos show, which segments post it). Needs a segmentation run first.',
  schema: describeClusterSchema,
  run: describeCluster,
  summarize: summarizeCluster,
  present: presentCluster,
});
