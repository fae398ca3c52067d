import { defineTool } from '../takumi-tool.ts';
import { summarizeCampaign } from './model-summary.ts';
import { presentCampaign } from './present.ts';
import { draftCampaign } from './run.ts';
import { draftCampaignSchema } from './schema.ts';

export type { DraftCampaignData } from './result.ts';
export type { DraftCampaignInput } from './schema.ts';

/** A campaign draft for one segment plus 3–5 sentences an executive can say in a meeting. */
export const draftCampaignTool = defineTool({
  name: 'draft_campaign',
  description:
    'Drafts a campaign for one customer segment: audience, goal, channel, message, offer ceiling, KPI and an A/B test size, plus meeting-ready phrasing (3–5 sentences an executive can say, e.g. 「まずは小さなPoCで…」).',
  schema: draftCampaignSchema,
  run: draftCampaign,
  summarize: summarizeCampaign,
  present: presentCampaign,
});
