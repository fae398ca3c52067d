import type { DraftCampaignData } from './draft-campaign-tool.ts';

/** draft_campaign's result for a reader: the draft, then the meeting phrasing. */
export function presentCampaign(data: DraftCampaignData, language: 'ja' | 'en'): string {
  const ja = language === 'ja';
  return [
    ...data.draft.map((line) => `• ${line}`),
    '',
    ja ? '会議でそのまま使える言い方:' : 'Meeting-ready phrasing:',
    ...data.meetingPhrasing.map((line) => `「${line}」`.replace(/^「(.*)」$/, ja ? '「$1」' : '"$1"')),
  ].join('\n');
}
