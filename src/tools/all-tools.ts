import { assessChurnRiskTool } from './churn-risk/assess-churn-risk-tool.ts';
import { describeClusterTool } from './describe-cluster-tool.ts';
import { draftCampaignTool } from './draft-campaign-tool.ts';
import { estimateRoiTool } from './estimate-roi-tool.ts';
import { listDatasetsTool } from './list-datasets-tool.ts';
import { forecastRevenueTool } from './revenue-forecast/forecast-revenue-tool.ts';
import { predictBehaviorTool } from './predict-behavior-tool.ts';
import { runSegmentationTool } from './run-segmentation-tool.ts';
import type { TakumiTool } from './takumi-tool.ts';

/** Every tool the agent may call, in the order the offline planner prefers them. */
export const allTools: readonly TakumiTool[] = [
  listDatasetsTool,
  runSegmentationTool,
  describeClusterTool,
  predictBehaviorTool,
  assessChurnRiskTool,
  forecastRevenueTool,
  estimateRoiTool,
  draftCampaignTool,
];
