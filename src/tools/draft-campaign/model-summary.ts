import { assumptionsSentence, campaignFormat } from '../shared/campaign-model/campaign-messages.ts';
import { quoteData } from '../../core/quote-data.ts';
import { translate } from '../../core/message-catalog.ts';
import { campaignMessages } from './messages.ts';
import type { DraftCampaignData } from './result.ts';

/** What the model reads from draft_campaign: the draft and the meeting sentences as written. */
export function summarizeCampaign(result: DraftCampaignData): string {
  return [
    `Campaign draft for ${result.label} (run ${result.runId}, dataset ${quoteData(result.dataset)}):`,
    ...result.draft.map((line) => `- ${line}`),
    assumptionsSentence(result.campaign.estimate, campaignFormat(result.currency, 'en')),
    translate(campaignMessages.meetingHeading, result.language),
    ...result.meetingPhrasing.map((line) => `- ${line}`),
  ].join('\n');
}
