import type { DeclaredGroup } from '../declared-group.ts';
import type { Language } from '../../core/language.ts';
import type { SegmentCampaign } from '../shared/campaign-model/estimate-segment-campaign.ts';
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
  currency: string;
  draft: string[];
  /** The shared model's estimate: the same numbers estimate_roi gives for these inputs. */
  campaign: SegmentCampaign;
  /** The assumptions, how the prediction is used and (ROI above 1,000 %) what drives it, in `language`. */
  assumptions: string;
  targeting: string;
  highRoi: string;
  meetingPhrasing: string[];
  testPerArm: number | null;
  groups: DeclaredGroup[];
}
