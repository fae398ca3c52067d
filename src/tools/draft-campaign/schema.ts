import { z } from 'zod';
import { campaignCostFields } from '../shared/campaign-model/campaign-cost-fields.ts';

/** Campaign goals draft_campaign knows. */
export const campaignGoals = ['reactivate', 'retain', 'upsell', 'repeat'] as const;
/** Channels draft_campaign knows. */
export const campaignChannels = ['email', 'line', 'sns', 'dm', 'app'] as const;

/** Input of draft_campaign. */
export const draftCampaignSchema = z.object({
  dataset: z.string().min(1).optional().describe('Dataset name; omit to use the conversation default.'),
  segment: z.number().int().min(0).describe('Segment number to target, e.g. 2 for S2.'),
  goal: z
    .enum(campaignGoals)
    .optional()
    .describe(
      "Campaign goal; default chosen from the segment's behavior (lapsing → reactivate, frequent → retain, …).",
    ),
  channel: z.enum(campaignChannels).optional().describe('Channel: email, line, sns, dm or app; default email.'),
  language: z.enum(['ja', 'en']).optional().describe("Language of the draft; default the conversation's."),
  ...campaignCostFields,
  target: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Which stored 0/1 prediction ranks who to contact, e.g. "responded"; default the latest response-like one.',
    ),
});

export type DraftCampaignInput = z.infer<typeof draftCampaignSchema>;
