import { assessChurnRiskTool } from './churn-risk/assess-churn-risk-tool.ts';
import { describeClusterTool } from './describe-cluster/describe-cluster-tool.ts';
import { compareSegmentsTool } from './compare-segments/compare-segments-tool.ts';
import { draftCampaignTool } from './draft-campaign/draft-campaign-tool.ts';
import { estimateRoiTool } from './estimate-roi/estimate-roi-tool.ts';
import { listDatasetsTool } from './list-datasets/list-datasets-tool.ts';
import { predictBehaviorTool } from './predict-behavior/predict-behavior-tool.ts';
import { runSegmentationTool } from './run-segmentation/run-segmentation-tool.ts';
import { forecastRevenueTool } from './revenue-forecast/forecast-revenue-tool.ts';
import { explainTermTool } from './explain-term/explain-term-tool.ts';
import { suggestQuestionsTool } from './suggest-questions/suggest-questions-tool.ts';
import type { TakumiTool } from './takumi-tool.ts';
import { whatIfTool } from './what-if/what-if-tool.ts';
import { exportAudienceTool } from './export-audience/export-audience-tool.ts';
import { designAbTestTool } from './design-ab-test/design-ab-test-tool.ts';
import { readAbTestTool } from './read-ab-test/read-ab-test-tool.ts';
import { themeValueTool } from './theme-value/theme-value-tool.ts';
import { cohortRetentionTool } from './cohort-retention/cohort-retention-tool.ts';
import { breakDownSalesTool } from './break-down-sales/break-down-sales-tool.ts';

/** Every tool the agent may call, in the order the offline planner prefers them. */
export const allTools: readonly TakumiTool[] = [
  listDatasetsTool,
  runSegmentationTool,
  describeClusterTool,
  compareSegmentsTool,
  themeValueTool,
  predictBehaviorTool,
  assessChurnRiskTool,
  forecastRevenueTool,
  cohortRetentionTool,
  breakDownSalesTool,
  explainTermTool,
  suggestQuestionsTool,
  estimateRoiTool,
  whatIfTool,
  designAbTestTool,
  readAbTestTool,
  draftCampaignTool,
  exportAudienceTool,
] as readonly TakumiTool[];
