import type { Language } from '../../core/language.ts';
import type { campaignChannels, campaignGoals } from './schema.ts';

/** Result of draft_campaign: the draft and the meeting sentences, written in `language`. */
export interface DraftCampaignData {
  runId: number;
  dataset: string;
  segment: number;
  label: string;
  goal: (typeof campaignGoals)[number];
  channel: (typeof campaignChannels)[number];
  /** The language the draft was written in (asked for, else the conversation's). */
  language: Language;
  draft: string[];
  meetingPhrasing: string[];
  testPerArm: number;
  groups: { label: string; size: number }[];
}
