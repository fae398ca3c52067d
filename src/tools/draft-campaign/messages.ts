import { defineMessages } from '../../core/message-catalog.ts';

/** draft_campaign's texts around the draft (the draft's own words are in campaign-wording.ts). */
export const campaignMessages = defineMessages({
  goalAndChannel: {
    ja: (p: { goal: string; channel: string }) => `目的: ${p.goal} · チャネル: ${p.channel}`,
    en: (p: { goal: string; channel: string }) => `Goal: ${p.goal} · Channel: ${p.channel}`,
  },
  offerDiscount: {
    ja: (p: { discount: string }) => `${p.discount}割引`,
    en: (p: { discount: string }) => `${p.discount} off`,
  },
  offerIncentive: {
    ja: (p: { amount: string }) => `利用者1人${p.amount}の特典`,
    en: (p: { amount: string }) => `a ${p.amount} incentive per redeemer`,
  },
  offerInvitation: {
    ja: '割引なしの案内（割引を付けるなら「15%割引」のように指定すると、もともと買う人の利用分も含めて試算します）',
    en: 'an invitation without a discount (say e.g. "15% off" and the estimate includes what those who would buy anyway redeem)',
  },
  meetingHeading: { ja: '会議用フレーズ:', en: 'Meeting-ready phrasing:' },
  presentMeetingHeading: { ja: '会議でそのまま使える言い方:', en: 'Meeting-ready phrasing:' },
  quoted: { ja: (p: { line: string }) => `「${p.line}」`, en: (p: { line: string }) => `"${p.line}"` },
});
