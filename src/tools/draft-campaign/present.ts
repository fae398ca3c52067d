import type { Language } from '../../core/language.ts';
import { translate } from '../../core/message-catalog.ts';
import { campaignMessages } from './messages.ts';
import type { DraftCampaignData } from './result.ts';

/** draft_campaign's result for a reader: the draft, then the meeting phrasing, quoted in the reader's style. */
export function presentCampaign(result: DraftCampaignData, language: Language): string {
  return [
    ...result.draft.map((line) => `• ${line}`),
    result.assumptions,
    result.targeting,
    ...(result.highRoi ? [result.highRoi] : []),
    '',
    translate(campaignMessages.presentMeetingHeading, language),
    ...result.meetingPhrasing.map((line) => translate(campaignMessages.quoted, language, { line })),
  ].join('\n');
}
